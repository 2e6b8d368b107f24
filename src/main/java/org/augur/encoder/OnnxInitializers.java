package org.augur.encoder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The initializers an ONNX model declares (name, element type, shape, and the raw bytes of their values),
 * read from the model's protobuf bytes. ONNX Runtime's Java API does not list them; an override must name
 * one exactly and keep its shape, and a delta override adds to its values. Only the few fields needed are
 * decoded, and the values stay a view of the model's bytes until asked for.
 */
final class OnnxInitializers {

    /** ONNX's TensorProto.DataType for float32. */
    static final int FLOAT = 1;

    /**
     * One initializer's element type (an ONNX TensorProto.DataType), dimensions, and its values as the
     * model stores them in {@code raw_data} (little-endian), or null when it stores them otherwise.
     */
    record Initializer(int dataType, long[] dims, ByteBuffer rawData) {

        /** The values of a float initializer stored as raw data, in row-major order. */
        float[] floats() throws IOException {
            long size = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
            if (dataType != FLOAT || rawData == null || rawData.remaining() != size * Float.BYTES) {
                throw new IOException("its values are not " + size + " float32 numbers in raw_data");
            }
            float[] out = new float[(int) size];
            rawData.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
            return out;
        }

        @Override
        public String toString() {
            return Arrays.toString(dims) + (dataType == FLOAT ? " float" : " of ONNX type " + dataType);
        }
    }

    private OnnxInitializers() {
    }

    // ModelProto.graph = 7; GraphProto.initializer = 5; TensorProto.dims = 1, data_type = 2, name = 8,
    // raw_data = 9.
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;

    /** Every initializer of the model's main graph, by name. */
    static Map<String, Initializer> read(byte[] model) throws IOException {
        Map<String, Initializer> out = new HashMap<>();
        try {
            ByteBuffer m = ByteBuffer.wrap(model);
            while (m.hasRemaining()) {
                long key = varint(m);
                if (key >>> 3 == MODEL_GRAPH && (key & 7) == 2) {
                    ByteBuffer g = field(m);
                    while (g.hasRemaining()) {
                        long gkey = varint(g);
                        if (gkey >>> 3 == GRAPH_INITIALIZER && (gkey & 7) == 2) {
                            tensor(field(g), out);
                        } else {
                            skip(g, gkey);
                        }
                    }
                } else {
                    skip(m, key);
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("not an ONNX model that can be read: " + e, e);
        }
        return out;
    }

    private static void tensor(ByteBuffer t, Map<String, Initializer> out) {
        long[] dims = new long[0];
        int dataType = 0;
        String name = null;
        ByteBuffer rawData = null;
        while (t.hasRemaining()) {
            long key = varint(t);
            int field = (int) (key >>> 3);
            int wire = (int) (key & 7);
            if (field == TENSOR_DIMS && wire == 0) {
                dims = Arrays.copyOf(dims, dims.length + 1);
                dims[dims.length - 1] = varint(t);
            } else if (field == TENSOR_DIMS && wire == 2) {
                ByteBuffer packed = field(t);
                while (packed.hasRemaining()) {
                    dims = Arrays.copyOf(dims, dims.length + 1);
                    dims[dims.length - 1] = varint(packed);
                }
            } else if (field == TENSOR_DATA_TYPE && wire == 0) {
                dataType = (int) varint(t);
            } else if (field == TENSOR_NAME && wire == 2) {
                ByteBuffer s = field(t);
                byte[] bytes = new byte[s.remaining()];
                s.get(bytes);
                name = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            } else if (field == TENSOR_RAW_DATA && wire == 2) {
                rawData = field(t);
            } else {
                skip(t, key);
            }
        }
        if (name != null) {
            out.put(name, new Initializer(dataType, dims, rawData));
        }
    }

    static long varint(ByteBuffer b) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte x = b.get();
            value |= (long) (x & 0x7F) << shift;
            if (x >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than 10 bytes");
    }

    /** The bytes of a length-delimited field, which the buffer moves past. */
    static ByteBuffer field(ByteBuffer b) {
        int length = Math.toIntExact(varint(b));
        ByteBuffer slice = b.slice().limit(length);
        b.position(b.position() + length);
        return slice;
    }

    static void skip(ByteBuffer b, long key) {
        switch ((int) (key & 7)) {
            case 0 -> varint(b);
            case 1 -> b.position(b.position() + 8);
            case 2 -> field(b);
            case 5 -> b.position(b.position() + 4);
            default -> throw new IllegalArgumentException("wire type " + (key & 7));
        }
    }
}
