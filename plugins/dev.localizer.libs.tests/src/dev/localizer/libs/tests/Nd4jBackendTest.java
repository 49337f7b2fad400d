package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

class Nd4jBackendTest {

    private static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    private static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    @Test
    void backendIsFoundInsideTheLibsBundle() {
        Nd4jBackend backend = Nd4j.getBackend();
        System.out.println("ND4J backend under OSGi: " + backend.getClass().getName()
                + " (BLAS vendor " + Nd4j.factory().blas().getBlasVendor() + ")");

        // Without a usable GPU, ND4J must run on the CPU even when the CUDA fragment is installed;
        // on a GPU machine, -Dlocalizer.test.backend names the backend to expect instead.
        assertEquals(System.getProperty("localizer.test.backend", CPU_BACKEND), backend.getClass().getName());
        assertEquals("dev.localizer.libs", FrameworkUtil.getBundle(backend.getClass()).getSymbolicName(),
                "ND4J must run from the libs bundle, inside the OSGi framework");
    }

    @Test
    void nd4jLooksUpServicesWithTheLibsBundleLoader() {
        // Whatever the thread's context class loader was when ND4J started (in KNIME: anything), the libs
        // bundle's activator must have pointed ND4J at the one loader that sees the embedded service files.
        ClassLoader libsLoader = FrameworkUtil.getBundle(Nd4j.class).adapt(BundleWiring.class).getClassLoader();

        assertSame(libsLoader, ND4JClassLoading.getNd4jClassloader());
        assertTrue(offeredBackends().contains(CPU_BACKEND), "backends offered: " + offeredBackends());
    }

    @Test
    @EnabledIfSystemProperty(named = "localizer.test.cudaFragment", matches = "true")
    void cudaFragmentOffersItsBackendToNd4j() {
        assertTrue(offeredBackends().contains(CUDA_BACKEND), "backends offered: " + offeredBackends());
    }

    private static List<String> offeredBackends() {
        return ND4JClassLoading.loadService(Nd4jBackend.class).stream()
                .map(ServiceLoader.Provider::type)
                .map(Class::getName)
                .toList();
    }

    @Test
    void nativeMatrixProductIsCorrect() {
        INDArray matrix = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});

        INDArray product = matrix.mmul(matrix);

        assertArrayEquals(new float[] {7, 10, 15, 22}, product.reshape(4).toFloatVector(), 1e-6f);
    }

    @Test
    void nativeTransformOpIsCorrect() {
        INDArray values = Nd4j.createFromArray(0.0, Math.log(3.0));

        INDArray sigmoid = Transforms.sigmoid(values, true);

        assertArrayEquals(new double[] {0.5, 0.75}, sigmoid.toDoubleVector(), 1e-9);
    }
}
