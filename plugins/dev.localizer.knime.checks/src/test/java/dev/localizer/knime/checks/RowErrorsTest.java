package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.LocalizerException;

/**
 * What the nodes do with a bad cell: the engine's error about a row's values names the row. Runs the nodes' own
 * shared helper, compiled against the API stubs; the row is made here, so only the helper's code is under test.
 */
class RowErrorsTest {

    @Test
    void anEngineErrorAboutARowsValuesNamesTheRow(@TempDir final Path output) throws Throwable {
        PluginCompilesAgainstApiStubsTest.requireTheEngineClassesTheNodesImport();
        assertEquals("", NodeClasses.compile(Repository.PLUGIN.resolve("src"), output));
        try (URLClassLoader nodes = new URLClassLoader(new URL[] {output.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> rowType = nodes.loadClass("org.knime.core.data.DataRow");
            Object key = nodes.loadClass("org.knime.core.data.RowKey").getConstructor(String.class).newInstance("Row7");
            Object row = Proxy.newProxyInstance(nodes, new Class<?>[] {rowType},
                (proxy, method, args) -> method.getName().equals("getKey") ? key : null);
            Method forRow = nodes.loadClass("dev.localizer.knime.shared.Cells").getMethod("forRow", rowType, Supplier.class);
            Supplier<Object> badBox = () -> {
                throw new LocalizerException("The presence probability 1.5 must be between 0 and 1");
            };

            LocalizerException error = assertThrows(LocalizerException.class, () -> invoke(forRow, row, badBox));

            assertEquals("Row \"" + key + "\": The presence probability 1.5 must be between 0 and 1", error.getMessage());
            Supplier<Object> named = () -> {
                throw new LocalizerException("Row \"" + key + "\" has no value in column \"Top\"");
            };
            LocalizerException namedAlready = assertThrows(LocalizerException.class, () -> invoke(forRow, row, named));
            assertEquals("Row \"" + key + "\" has no value in column \"Top\"", namedAlready.getMessage());
            Object fine = new Object();
            assertSame(fine, invoke(forRow, row, (Supplier<Object>) () -> fine));
        }
    }

    private static Object invoke(final Method method, final Object row, final Supplier<Object> work) throws Throwable {
        try {
            return method.invoke(null, row, work);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
