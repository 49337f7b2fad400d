package dev.localizer.engine.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.backend.Backends;

class Nd4jBinaryTest {

    @Test
    void arraysWrittenByNd4jPass() throws IOException {
        byte[] two = written(2);
        assertDoesNotThrow(() -> Nd4jBinary.requireArrays(two, 2, "two.bin"));
        IOException missing = assertThrows(IOException.class, () -> Nd4jBinary.requireArrays(two, 3, "two.bin"));
        assertEquals("java.io.EOFException", missing.getClass().getName());
        IOException extra = assertThrows(IOException.class, () -> Nd4jBinary.requireArrays(two, 1, "two.bin"));
        assertEquals("two.bin has " + (two.length / 2) + " bytes after its 1 arrays", extra.getMessage());
    }

    @Test
    void aDeclaredLengthLargerThanTheBytesIsRefusedBeforeAnythingIsAllocated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(1L << 40);
        out.writeUTF("FLOAT");
        out.write(new byte[64]);
        IOException error = assertThrows(IOException.class,
                () -> Nd4jBinary.requireArrays(bytes.toByteArray(), 1, "coefficients.bin"));
        assertEquals("coefficients.bin declares 1099511627776 values of type FLOAT where only 64 bytes follow",
                error.getMessage());
    }

    @Test
    void unknownValueTypesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(1);
        out.writeUTF("UTF8");
        out.write(new byte[8]);
        IOException error = assertThrows(IOException.class,
                () -> Nd4jBinary.requireArrays(bytes.toByteArray(), 1, "backbone.bin"));
        assertEquals("backbone.bin holds values of type 'UTF8', which no model has", error.getMessage());
    }

    private static byte[] written(int arrays) throws IOException {
        Backends.current();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (int i = 0; i < arrays; i++) {
            Nd4j.write(Nd4j.rand(DataType.FLOAT, 3, 4, 5), out);
        }
        out.flush();
        byte[] all = bytes.toByteArray();
        assertEquals(all.length / 2 * 2, all.length, "equal arrays make an even byte count");
        return Arrays.copyOf(all, all.length);
    }
}
