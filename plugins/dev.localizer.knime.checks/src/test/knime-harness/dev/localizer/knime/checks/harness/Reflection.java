package dev.localizer.knime.checks.harness;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import dev.localizer.knime.shared.LocalizerNodeModel;

/** What KNIME's framework may do and a harness needs reflection for: protected methods, private constructors. */
final class Reflection {

    private Reflection() {
    }

    /** Calls the method of that name and arity declared by the object's class or a superclass. */
    static Object call(final Object target, final String name, final Object... arguments) throws Exception {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                    method.setAccessible(true);
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }

    /** A Localizer node's settings object. */
    static Object settings(final Object node) throws Exception {
        Field settingsField = LocalizerNodeModel.class.getDeclaredField("m_settings");
        settingsField.setAccessible(true);
        return settingsField.get(node);
    }

    /** The settings model in the field of that name of a Localizer node's settings, as its dialog would set it. */
    static Object setting(final Object node, final String field) throws Exception {
        Object settings = settings(node);
        Field model = settings.getClass().getDeclaredField(field);
        model.setAccessible(true);
        return model.get(settings);
    }

    /** An instance of a class without a public constructor for these arguments, as some of KNIME's are. */
    static <T> T construct(final Class<T> type, final Object... arguments) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == arguments.length) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(arguments));
            }
        }
        throw new NoSuchMethodException(type.getName() + " with " + arguments.length + " arguments");
    }
}
