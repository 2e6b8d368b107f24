package org.augur.encoder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The float MiniLM graph rewritten for int8 inference (ONNX dynamic quantization, written here because
 * ONNX Runtime's quantizer is Python only): consumes the graph's protobuf bytes and the float values its
 * weights should have (the base graph's or the fine-tuned ones), produces the bytes of a graph in which
 * <ul>
 *   <li>every MatMul by a weight matrix W becomes {@code DynamicQuantizeLinear} of its input (uint8, one
 *       scale a call), {@code MatMulInteger} by W as int8 with one scale per column, and a {@code Mul}
 *       by the product of the two scales (the shape ONNX Runtime fuses into DynamicQuantizeMatMul);</li>
 *   <li>the word-embedding lookup reads the table as int8 with one scale per row.</li>
 * </ul>
 * Everything else (biases, LayerNorms, attention, the other embeddings) is copied byte for byte and stays
 * float. On a CPU with int8 dot products this takes about 40 % off the encoder's time; the probabilities
 * move by a median 0.0004 (see src/doc/forecast-model.md).
 */
final class Int8Graph {

    /** The initializer the word-embedding Gather reads. */
    static final String WORD_EMBEDDINGS = "embeddings.word_embeddings.weight";

    /** The float values an initializer should have; null for one that is not float. */
    interface Values {
        float[] of(String initializer) throws IOException;
    }

    private Int8Graph() {
    }

    // ModelProto.graph = 7. GraphProto: node = 1, initializer = 5. NodeProto: input = 1, output = 2,
    // name = 3, op_type = 4, attribute = 5. AttributeProto: name = 1, i = 3, ints = 8, type = 20.
    // TensorProto: dims = 1, data_type = 2, name = 8, raw_data = 9.
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int INT8 = 3;
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    /** The result: the rewritten graph, and the initializers it no longer has (now int8). */
    record Rewritten(byte[] model, Set<String> replaced) {
    }

    static Rewritten rewrite(byte[] model, Map<String, OnnxInitializers.Initializer> initializers, Values values)
            throws IOException {
        ByteBuffer m = ByteBuffer.wrap(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length / 3);
        Set<String> replaced = new HashSet<>();
        while (m.hasRemaining()) {
            int start = m.position();
            long key = varint(m);
            if (key >>> 3 == MODEL_GRAPH && (key & 7) == 2) {
                byte[] graph = graph(field(m), initializers, values, replaced);
                tag(out, MODEL_GRAPH, 2);
                bytes(out, graph);
            } else {
                skip(m, key);
                out.write(model, start, m.position() - start);
            }
        }
        return new Rewritten(out.toByteArray(), Set.copyOf(replaced));
    }

    private static byte[] graph(ByteBuffer g, Map<String, OnnxInitializers.Initializer> initializers, Values values,
            Set<String> replaced) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(g.remaining() / 3);
        List<byte[]> added = new ArrayList<>();
        List<int[]> initializerSpans = new ArrayList<>();
        while (g.hasRemaining()) {
            int start = g.position();
            long key = varint(g);
            if (key >>> 3 == GRAPH_NODE && (key & 7) == 2) {
                ByteBuffer node = field(g);
                Node n = Node.read(node.duplicate());
                List<byte[]> rewritten = rewriteNode(n, initializers, values, replaced, added);
                if (rewritten == null) {
                    out.write(g.array(), g.arrayOffset() + start, g.position() - start);
                } else {
                    for (byte[] r : rewritten) {
                        tag(out, GRAPH_NODE, 2);
                        bytes(out, r);
                    }
                }
            } else {
                skip(g, key);
                if (key >>> 3 == GRAPH_INITIALIZER && (key & 7) == 2) {
                    initializerSpans.add(new int[] {start, g.position()});
                } else {
                    out.write(g.array(), g.arrayOffset() + start, g.position() - start);
                }
            }
        }
        // Initializers last, once every replaced one is known: the old float ones dropped, the int8 added.
        for (int[] span : initializerSpans) {
            ByteBuffer t = ByteBuffer.wrap(g.array(), g.arrayOffset() + span[0], span[1] - span[0]);
            varint(t);
            if (!replaced.contains(tensorName(field(t)))) {
                out.write(g.array(), g.arrayOffset() + span[0], span[1] - span[0]);
            }
        }
        for (byte[] t : added) {
            tag(out, GRAPH_INITIALIZER, 2);
            bytes(out, t);
        }
        return out.toByteArray();
    }

    /** The nodes that replace one, or null to keep it. */
    private static List<byte[]> rewriteNode(Node n, Map<String, OnnxInitializers.Initializer> initializers,
            Values values, Set<String> replaced, List<byte[]> added) throws IOException {
        if (n.op.equals("MatMul") && n.inputs.size() == 2 && n.outputs.size() == 1 && isMatrix(initializers.get(n.inputs.get(1)))) {
            String w = n.inputs.get(1);
            if (replaced.add(w)) {
                added.addAll(quantized(w, initializers.get(w), values, false));
            }
            String x = n.inputs.get(0);
            String y = n.outputs.get(0);
            return List.of(
                    node("DynamicQuantizeLinear", List.of(x), List.of(y + "/xq", y + "/xs", y + "/xz"), null),
                    node("MatMulInteger", List.of(y + "/xq", w + "/int8", y + "/xz"), List.of(y + "/i"), null),
                    node("Cast", List.of(y + "/i"), List.of(y + "/f"), attribute("to", OnnxInitializers.FLOAT, false)),
                    // The two scales multiplied first, then the product: the shape ONNX Runtime fuses, with
                    // the DynamicQuantizeLinear above, into one DynamicQuantizeMatMul kernel.
                    node("Mul", List.of(y + "/xs", w + "/scale"), List.of(y + "/s"), null),
                    node("Mul", List.of(y + "/f", y + "/s"), List.of(y), null));
        }
        if (n.op.equals("Gather") && n.inputs.size() == 2 && n.inputs.get(0).equals(WORD_EMBEDDINGS)
                && n.attributes.isEmpty() && isMatrix(initializers.get(WORD_EMBEDDINGS))) {
            if (replaced.add(WORD_EMBEDDINGS)) {
                added.addAll(quantized(WORD_EMBEDDINGS, initializers.get(WORD_EMBEDDINGS), values, true));
            }
            String ids = n.inputs.get(1);
            String y = n.outputs.get(0);
            return List.of(
                    node("Gather", List.of(WORD_EMBEDDINGS + "/int8", ids), List.of(y + "/q"), null),
                    node("Cast", List.of(y + "/q"), List.of(y + "/f"), attribute("to", OnnxInitializers.FLOAT, false)),
                    node("Gather", List.of(WORD_EMBEDDINGS + "/scale", ids), List.of(y + "/s"), null),
                    node("Unsqueeze", List.of(y + "/s"), List.of(y + "/s1"), attribute("axes", -1, true)),
                    node("Mul", List.of(y + "/f", y + "/s1"), List.of(y), null));
        }
        return null;
    }

    private static boolean isMatrix(OnnxInitializers.Initializer init) {
        return init != null && init.dataType() == OnnxInitializers.FLOAT && init.dims().length == 2;
    }

    /**
     * A float matrix initializer, with the values it should have, as two initializers: {@code NAME/int8}
     * (its values over their scale, rounded) and {@code NAME/scale}, one a row or one a column, each the
     * largest magnitude over 127 (1 for zeros).
     */
    private static List<byte[]> quantized(String name, OnnxInitializers.Initializer matrix, Values values,
            boolean byRow) throws IOException {
        int rows = Math.toIntExact(matrix.dims()[0]);
        int cols = Math.toIntExact(matrix.dims()[1]);
        float[] value = values.of(name);
        float[] scale = new float[byRow ? rows : cols];
        for (int i = 0; i < value.length; i++) {
            int s = byRow ? i / cols : i % cols;
            scale[s] = Math.max(scale[s], Math.abs(value[i]));
        }
        for (int s = 0; s < scale.length; s++) {
            scale[s] = scale[s] == 0 ? 1f : scale[s] / 127f;
        }
        byte[] q = new byte[value.length];
        for (int i = 0; i < value.length; i++) {
            q[i] = quantize(value[i], scale[byRow ? i / cols : i % cols]);
        }
        return List.of(tensor(name + "/int8", new long[] {rows, cols}, INT8, q),
                tensor(name + "/scale", new long[] {scale.length}, OnnxInitializers.FLOAT, floats(scale)));
    }

    static byte quantize(float value, float scale) {
        return (byte) Math.max(-127, Math.min(127, Math.rint(value / scale)));
    }

    private static byte[] floats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    /** The few fields of a NodeProto the rewrite reads. */
    private record Node(String op, List<String> inputs, List<String> outputs, List<ByteBuffer> attributes) {
        static Node read(ByteBuffer b) {
            String op = "";
            List<String> inputs = new ArrayList<>();
            List<String> outputs = new ArrayList<>();
            List<ByteBuffer> attributes = new ArrayList<>();
            while (b.hasRemaining()) {
                long key = varint(b);
                int field = (int) (key >>> 3);
                if ((key & 7) != 2) {
                    skip(b, key);
                } else if (field == 1) {
                    inputs.add(string(field(b)));
                } else if (field == 2) {
                    outputs.add(string(field(b)));
                } else if (field == 4) {
                    op = string(field(b));
                } else if (field == 5) {
                    attributes.add(field(b));
                } else {
                    skip(b, key);
                }
            }
            return new Node(op, inputs, outputs, attributes);
        }
    }

    private static byte[] node(String op, List<String> inputs, List<String> outputs, byte[] attribute) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String i : inputs) {
            tag(out, 1, 2);
            bytes(out, i.getBytes(StandardCharsets.UTF_8));
        }
        for (String o : outputs) {
            tag(out, 2, 2);
            bytes(out, o.getBytes(StandardCharsets.UTF_8));
        }
        tag(out, 3, 2);
        bytes(out, (outputs.get(0) + "/" + op).getBytes(StandardCharsets.UTF_8));
        tag(out, 4, 2);
        bytes(out, op.getBytes(StandardCharsets.UTF_8));
        if (attribute != null) {
            tag(out, 5, 2);
            bytes(out, attribute);
        }
        return out.toByteArray();
    }

    /** An integer attribute ("to" of Cast), or a list of one integer ("axes" of Unsqueeze). */
    private static byte[] attribute(String name, long value, boolean list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tag(out, 1, 2);
        bytes(out, name.getBytes(StandardCharsets.UTF_8));
        tag(out, list ? 8 : 3, 0);
        varint(out, value);
        tag(out, 20, 0);
        varint(out, list ? ATTRIBUTE_INTS : ATTRIBUTE_INT);
        return out.toByteArray();
    }

    private static byte[] tensor(String name, long[] dims, int dataType, byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 64);
        for (long d : dims) {
            tag(out, 1, 0);
            varint(out, d);
        }
        tag(out, 2, 0);
        varint(out, dataType);
        tag(out, 8, 2);
        bytes(out, name.getBytes(StandardCharsets.UTF_8));
        tag(out, 9, 2);
        bytes(out, raw);
        return out.toByteArray();
    }

    private static String tensorName(ByteBuffer t) {
        while (t.hasRemaining()) {
            long key = varint(t);
            if (key >>> 3 == 8 && (key & 7) == 2) {
                return string(field(t));
            }
            skip(t, key);
        }
        return "";
    }

    private static String string(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void tag(ByteArrayOutputStream out, int field, int wire) {
        varint(out, (long) field << 3 | wire);
    }

    private static void bytes(ByteArrayOutputStream out, byte[] bytes) {
        varint(out, bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long varint(ByteBuffer b) {
        return OnnxInitializers.varint(b);
    }

    private static ByteBuffer field(ByteBuffer b) {
        return OnnxInitializers.field(b);
    }

    private static void skip(ByteBuffer b, long key) {
        OnnxInitializers.skip(b, key);
    }
}
