package org.augur.encoder;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What fine-tuning adds to the base graph: a linear head over the mean-pooled sentence embedding, and new
 * values for some of the graph's own initializers (the fine-tuned layers), given either whole or as a
 * change to the graph's values.
 *
 * <p>The file (written by the Python training tool, read by {@link #read}) is little-endian: 8 bytes of
 * ASCII {@code AUGURENC}; an int32 tensor count; then per tensor an int32 byte length and the UTF-8 name, an
 * int32 rank r, and r int32 dimensions. A positive rank is followed by the float32 values in row-major
 * order. A negative rank (−r, then the r dimensions) marks a {@link Delta}: an int32 count of rows, then
 * per row its int32 index, a float32 scale and one int8 per value of the row (a row is the last
 * dimension); rows not listed are unchanged. {@code head.weight} (dimensions [hidden size]) and
 * {@code head.bias} ([1]) are the head and must be there as floats; every other tensor replaces the ONNX
 * initializer of the same name, or adds to it, which must exist with the same shape (checked by
 * {@link SentenceEncoder}). Arrays are shared, not copied: treat them as read-only.
 *
 * <p>Why deltas: fine-tuning moves MiniLM's weights by at most a few thousandths, so the change, stored
 * as int8 with a scale per row, restores them within about 1e-5, in a quarter of the bytes of float32;
 * and the word embeddings change only in the rows of words the training sentences hold.
 *
 * @param headWeight the head's weights, one per embedding dimension
 * @param headBias the head's bias
 * @param overrides replacement initializers, in file order
 * @param deltas changes to initializers, in file order
 */
public record EncoderWeights(float[] headWeight, float headBias, List<Tensor> overrides, List<Delta> deltas) {

    static final String HEAD_WEIGHT = "head.weight";
    static final String HEAD_BIAS = "head.bias";
    private static final byte[] MAGIC = "AUGURENC".getBytes(StandardCharsets.US_ASCII);

    public EncoderWeights {
        Objects.requireNonNull(headWeight, "headWeight");
        if (headWeight.length == 0) {
            throw new IllegalArgumentException("the head has no weights");
        }
        overrides = List.copyOf(overrides);
        deltas = List.copyOf(deltas);
        Set<String> names = new HashSet<>();
        for (String name : Stream.concat(overrides.stream().map(Tensor::name), deltas.stream().map(Delta::name))
                .toList()) {
            if (name.equals(HEAD_WEIGHT) || name.equals(HEAD_BIAS) || !names.add(name)) {
                throw new IllegalArgumentException("tensor " + name + " given twice");
            }
        }
    }

    /** Weights that replace initializers whole. */
    public EncoderWeights(float[] headWeight, float headBias, List<Tensor> overrides) {
        this(headWeight, headBias, overrides, List.of());
    }

    /** A named float tensor, values in row-major order. */
    public record Tensor(String name, int[] dims, float[] data) {
        public Tensor {
            Objects.requireNonNull(name, "name");
            long size = 1;
            for (int d : dims) {
                if (d <= 0) {
                    throw new IllegalArgumentException(name + ": dimension " + d + " in " + Arrays.toString(dims));
                }
                size *= d;
            }
            if (size != data.length) {
                throw new IllegalArgumentException(name + ": " + data.length + " values for dimensions "
                        + Arrays.toString(dims));
            }
        }

        long[] shape() {
            return Arrays.stream(dims).asLongStream().toArray();
        }
    }

    /**
     * A change to a float initializer, by rows (a row is the last dimension): row {@code rows[i]} gains
     * {@code scales[i] * values[i * rowLength + k]} at column k; rows not listed keep the graph's values.
     */
    public record Delta(String name, int[] dims, int[] rows, float[] scales, byte[] values) {
        public Delta {
            Objects.requireNonNull(name, "name");
            int rowCount = 1;
            for (int d = 0; d < dims.length - 1; d++) {
                rowCount *= dims[d];
            }
            if (dims.length == 0 || Arrays.stream(dims).anyMatch(d -> d <= 0)) {
                throw new IllegalArgumentException(name + ": dimensions " + Arrays.toString(dims));
            }
            if (scales.length != rows.length || values.length != (long) rows.length * dims[dims.length - 1]) {
                throw new IllegalArgumentException(name + ": " + rows.length + " rows, " + scales.length
                        + " scales and " + values.length + " values for dimensions " + Arrays.toString(dims));
            }
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] < 0 || rows[i] >= rowCount || i > 0 && rows[i] <= rows[i - 1]) {
                    throw new IllegalArgumentException(name + ": row " + rows[i] + " out of order or out of "
                            + rowCount);
                }
            }
        }


        /** The graph's values with this change added, as a tensor that replaces them. */
        Tensor appliedTo(float[] base) {
            float[] out = base.clone();
            int rowLength = dims[dims.length - 1];
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0; k < rowLength; k++) {
                    out[rows[i] * rowLength + k] += scales[i] * values[i * rowLength + k];
                }
            }
            return new Tensor(name, dims, out);
        }
    }

    /** A head only: the base graph as shipped, with a linear classifier on its embedding. */
    public static EncoderWeights headOnly(float[] weight, float bias) {
        return new EncoderWeights(weight, bias, List.of());
    }

    /**
     * Reads a weights file.
     *
     * @throws IOException naming the file and what is wrong with it: missing, not this format, truncated,
     *     trailing bytes, a bad dimension, a repeated name, or no head
     */
    public static EncoderWeights read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "encoder weights file not found");
        }
        return parse(bytes, file);
    }

    /** Reads the bytes of a weights file; {@code file} names it in error messages (a classpath resource too). */
    public static EncoderWeights parse(byte[] bytes, Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        String reading = "the header";
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw corrupt(file, "does not start with AUGURENC: not an encoder weights file");
            }
            int count = in.getInt();
            if (count < 0) {
                throw corrupt(file, "negative tensor count " + count);
            }
            float[] headWeight = null;
            Float headBias = null;
            List<Tensor> overrides = new ArrayList<>();
            List<Delta> deltas = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < count; i++) {
                reading = "tensor " + (i + 1) + " of " + count;
                String name = utf8(file, in, in.getInt());
                reading = "tensor " + name;
                if (!names.add(name)) {
                    throw corrupt(file, "tensor " + name + " appears twice");
                }
                int rank = in.getInt();
                boolean delta = rank < 0;
                rank = Math.abs(rank);
                if (rank > 8 || delta && (rank == 0 || name.equals(HEAD_WEIGHT) || name.equals(HEAD_BIAS))) {
                    throw corrupt(file, "tensor " + name + " has rank " + (delta ? -rank : rank));
                }
                int[] dims = new int[rank];
                long size = 1;
                for (int d = 0; d < rank; d++) {
                    dims[d] = in.getInt();
                    if (dims[d] <= 0) {
                        throw corrupt(file, "tensor " + name + " has dimensions " + Arrays.toString(dims));
                    }
                    size *= dims[d];
                    if (!delta && size * Float.BYTES > in.remaining()) {
                        throw new BufferUnderflowException();
                    }
                }
                if (delta) {
                    deltas.add(delta(file, in, name, dims));
                    continue;
                }
                float[] data = new float[(int) size];
                in.asFloatBuffer().get(data);
                in.position(in.position() + data.length * Float.BYTES);
                if (name.equals(HEAD_WEIGHT)) {
                    if (rank != 1) {
                        throw corrupt(file, HEAD_WEIGHT + " has dimensions " + Arrays.toString(dims)
                                + ", not [hidden size]");
                    }
                    headWeight = data;
                } else if (name.equals(HEAD_BIAS)) {
                    if (!Arrays.equals(dims, new int[] {1})) {
                        throw corrupt(file, HEAD_BIAS + " has dimensions " + Arrays.toString(dims) + ", not [1]");
                    }
                    headBias = data[0];
                } else {
                    overrides.add(new Tensor(name, dims, data));
                }
            }
            if (in.hasRemaining()) {
                throw corrupt(file, in.remaining() + " bytes after the last of its " + count + " tensors");
            }
            if (headWeight == null || headBias == null) {
                throw corrupt(file, "no " + (headWeight == null ? HEAD_WEIGHT : HEAD_BIAS));
            }
            return new EncoderWeights(headWeight, headBias, overrides, deltas);
        } catch (BufferUnderflowException e) {
            throw corrupt(file, "truncated: ends in " + reading + " (" + bytes.length + " bytes)");
        }
    }

    private static Delta delta(Path file, ByteBuffer in, String name, int[] dims) throws IOException {
        int rowLength = dims[dims.length - 1];
        int count = in.getInt();
        if (count < 0) {
            throw corrupt(file, "tensor " + name + " has " + count + " rows");
        }
        if ((long) count * (Integer.BYTES + Float.BYTES + rowLength) > in.remaining()) {
            throw new BufferUnderflowException();
        }
        int[] rows = new int[count];
        float[] scales = new float[count];
        byte[] values = new byte[count * rowLength];
        for (int i = 0; i < count; i++) {
            rows[i] = in.getInt();
            scales[i] = in.getFloat();
            in.get(values, i * rowLength, rowLength);
        }
        try {
            return new Delta(name, dims, rows, scales, values);
        } catch (IllegalArgumentException e) {
            throw corrupt(file, "tensor " + e.getMessage());
        }
    }

    private static String utf8(Path file, ByteBuffer in, int length) throws IOException {
        if (length <= 0 || length > in.remaining()) {
            throw corrupt(file, "tensor name of " + length + " bytes");
        }
        ByteBuffer slice = in.slice().limit(length);
        in.position(in.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw corrupt(file, "a tensor name is not UTF-8");
        }
    }

    private static IOException corrupt(Path file, String problem) {
        return new IOException("encoder weights file " + file + ": " + problem);
    }

    /** Writes the file {@link #read} reads: the head first, then the overrides, then the deltas. */
    public void write(Path file) throws IOException {
        List<Tensor> all = new ArrayList<>();
        all.add(new Tensor(HEAD_WEIGHT, new int[] {headWeight.length}, headWeight));
        all.add(new Tensor(HEAD_BIAS, new int[] {1}, new float[] {headBias}));
        all.addAll(overrides);
        long size = MAGIC.length + Integer.BYTES;
        for (Tensor t : all) {
            size += Integer.BYTES * (2L + t.dims().length) + t.name().getBytes(StandardCharsets.UTF_8).length
                    + (long) Float.BYTES * t.data().length;
        }
        for (Delta d : deltas) {
            size += Integer.BYTES * (3L + d.dims().length) + d.name().getBytes(StandardCharsets.UTF_8).length
                    + (long) (Integer.BYTES + Float.BYTES) * d.rows().length + d.values().length;
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(all.size() + deltas.size());
        for (Tensor t : all) {
            putHeader(out, t.name(), t.dims(), t.dims().length);
            out.asFloatBuffer().put(t.data());
            out.position(out.position() + Float.BYTES * t.data().length);
        }
        for (Delta d : deltas) {
            putHeader(out, d.name(), d.dims(), -d.dims().length);
            int rowLength = d.dims()[d.dims().length - 1];
            out.putInt(d.rows().length);
            for (int i = 0; i < d.rows().length; i++) {
                out.putInt(d.rows()[i]).putFloat(d.scales()[i]).put(d.values(), i * rowLength, rowLength);
            }
        }
        Files.write(file, out.array());
    }

    private static void putHeader(ByteBuffer out, String name, int[] dims, int rank) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length).put(bytes).putInt(rank);
        for (int d : dims) {
            out.putInt(d);
        }
    }
}
