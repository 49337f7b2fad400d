package dev.localizer.engine.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Checks bytes in ND4J's binary array format before ND4J reads them. ND4J allocates what a buffer's header declares
 * before reading its values, so a forged length in a model file from someone else could make it ask for terabytes;
 * here every declared length must fit in the bytes that are really there. An array is two buffers (shape, values),
 * each a header (allocation mode, length, data type) followed by its values.
 */
final class Nd4jBinary {

    private static final Map<String, Integer> BYTES_PER_VALUE =
            Map.of("LONG", 8, "INT", 4, "FLOAT", 4, "DOUBLE", 8, "HALF", 2, "BFLOAT16", 2);

    private Nd4jBinary() {
    }

    /**
     * Fails unless {@code bytes} hold exactly {@code arrays} arrays whose declared lengths fit in them.
     *
     * @param what the name of the bytes in messages, e.g. the entry's name
     */
    static void requireArrays(byte[] bytes, int arrays, String what) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        for (int buffer = 0; buffer < 2 * arrays; buffer++) {
            in.readUTF(); // allocation mode: not used by the reader for the size
            long length = in.readLong();
            String type = in.readUTF();
            Integer bytesPerValue = BYTES_PER_VALUE.get(type);
            if (bytesPerValue == null) {
                throw new IOException(what + " holds values of type '" + type + "', which no model has");
            }
            if (length < 0 || length > in.available() / bytesPerValue) {
                throw new IOException(what + " declares " + length + " values of type " + type + " where only "
                        + in.available() + " bytes follow");
            }
            in.skipNBytes(length * bytesPerValue);
        }
        if (in.available() != 0) {
            throw new IOException(what + " has " + in.available() + " bytes after its " + arrays + " arrays");
        }
    }
}
