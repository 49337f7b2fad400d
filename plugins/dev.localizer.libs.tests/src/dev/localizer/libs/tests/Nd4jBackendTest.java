package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.osgi.framework.FrameworkUtil;

class Nd4jBackendTest {

    @Test
    void cpuBackendIsFoundInsideTheLibsBundle() {
        Nd4jBackend backend = Nd4j.getBackend();
        System.out.println("ND4J backend under OSGi: " + backend.getClass().getName()
                + " (BLAS vendor " + Nd4j.factory().blas().getBlasVendor() + ")");

        assertEquals("org.nd4j.linalg.cpu.nativecpu.CpuBackend", backend.getClass().getName());
        assertEquals("dev.localizer.libs", FrameworkUtil.getBundle(backend.getClass()).getSymbolicName(),
                "ND4J must run from the libs bundle, inside the OSGi framework");
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
