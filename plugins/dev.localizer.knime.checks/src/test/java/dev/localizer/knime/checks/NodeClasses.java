package dev.localizer.knime.checks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The nodes compiled against the KNIME API stand-ins (knime-api-stubs) and the real engine on this module's test
 * class path, and loaded so that a test can run them. The stand-ins of settings behave as KNIME's do; the rest
 * only have KNIME's signatures.
 */
final class NodeClasses {

    static final Path STUBS = Path.of("src/test/knime-api-stubs").toAbsolutePath();

    /** Code that runs the nodes as KNIME does, written against the stand-ins and compiled with the nodes. */
    static final Path HARNESS = Path.of("src/test/knime-harness").toAbsolutePath();

    private final ClassLoader m_loader;

    private NodeClasses(final ClassLoader loader) {
        m_loader = loader;
    }

    /**
     * Compiles the plugin's sources with the stand-ins and the harness into {@code output}; fails with the
     * compiler's errors.
     */
    static NodeClasses compile(final Path output) throws IOException {
        String errors = compile(List.of(STUBS, HARNESS, Repository.PLUGIN.resolve("src")), output);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the nodes do not compile against the KNIME API stubs:\n" + errors);
        }
        return new NodeClasses(
            new URLClassLoader(new URL[]{output.toUri().toURL()}, NodeClasses.class.getClassLoader()));
    }

    /** The compiler's error messages for the plugin's {@code sources} with the stand-ins, empty when they compile. */
    static String compile(final Path sources, final Path output) throws IOException {
        return compile(List.of(STUBS, sources), output);
    }

    private static String compile(final List<Path> roots, final Path output) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding", "UTF-8",
            "--release", "17", "-d", output.toString(), "-cp", System.getProperty("java.class.path")));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
            }
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8),
            arguments.toArray(String[]::new));
        return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
    }

    Class<?> load(final String className) throws ClassNotFoundException {
        return Class.forName(className, true, m_loader);
    }

    /** A new instance through the class's no-argument constructor, whatever its visibility. */
    Object create(final String className, final Object... arguments) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            types[i] = arguments[i].getClass();
        }
        var constructor = load(className).getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }

    /** The node model a factory (as plugin.xml names it) creates. */
    Object createNodeModel(final String factoryClass) throws Exception {
        return call(create(factoryClass), "createNodeModel");
    }

    /**
     * Calls the method of that name with as many parameters, declared by the object's class or a superclass, as
     * KNIME would (protected methods included); an exception the method throws is thrown as it is.
     */
    static Object call(final Object target, final String name, final Object... arguments) throws Exception {
        Method method = find(target.getClass(), name, arguments.length);
        method.setAccessible(true);
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Method find(final Class<?> type, final String name, final int parameters)
        throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == parameters && !method.isBridge()) {
                    return method;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " with " + parameters + " parameters");
    }
}
