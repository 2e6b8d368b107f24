package org.augur.encoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncoderWeightsTest {

    @TempDir
    Path dir;

    @Test
    void readsWhatItWrites() throws IOException {
        Path file = dir.resolve("w.bin");
        EncoderWeights.Tensor norm = new EncoderWeights.Tensor("encoder.layer.5.output.LayerNorm.bias",
                new int[] {384}, new float[384]);
        new EncoderWeights(new float[] {0.5f, -1f}, 0.25f, List.of(norm)).write(file);
        EncoderWeights read = EncoderWeights.read(file);
        assertArrayEquals(new float[] {0.5f, -1f}, read.headWeight());
        assertEquals(0.25f, read.headBias());
        assertEquals(1, read.overrides().size());
        assertEquals(norm.name(), read.overrides().get(0).name());
        assertArrayEquals(new int[] {384}, read.overrides().get(0).dims());
    }

    @Test
    void readsTheDeltasItWrites() throws IOException {
        Path file = dir.resolve("d.bin");
        EncoderWeights.Delta delta = new EncoderWeights.Delta("embeddings.word_embeddings.weight", new int[] {5, 3},
                new int[] {1, 4}, new float[] {0.5f, 0.25f}, new byte[] {1, -2, 3, 127, 0, -127});
        new EncoderWeights(new float[] {1f}, 0f, List.of(), List.of(delta)).write(file);
        EncoderWeights read = EncoderWeights.read(file);
        assertEquals(List.of(), read.overrides());
        EncoderWeights.Delta back = read.deltas().get(0);
        assertEquals(delta.name(), back.name());
        assertArrayEquals(new int[] {5, 3}, back.dims());
        assertArrayEquals(new int[] {1, 4}, back.rows());
        assertArrayEquals(new float[] {0.5f, 0.25f}, back.scales());
        assertArrayEquals(new byte[] {1, -2, 3, 127, 0, -127}, back.values());
    }

    /** Rows 1 and 4 change by scale × int8; the others keep the graph's values. */
    @Test
    void aDeltaAddsToTheRowsItLists() {
        EncoderWeights.Delta delta = new EncoderWeights.Delta("t", new int[] {5, 2}, new int[] {1, 4},
                new float[] {0.5f, 0.25f}, new byte[] {2, -2, 4, -127});
        float[] base = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        EncoderWeights.Tensor applied = delta.appliedTo(base);
        assertArrayEquals(new float[] {0, 1, 3, 2, 4, 5, 6, 7, 9, 9 - 31.75f}, applied.data());
        assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, base, "the graph's values are not changed");
    }

    /** A delta's layout: rank negated, then rows as (int32 index, float32 scale, int8 values). */
    @Test
    void deltaLayout() throws IOException {
        Path file = dir.resolve("d.bin");
        new EncoderWeights(new float[] {1f}, 0f, List.of(), List.of(new EncoderWeights.Delta("x", new int[] {3, 2},
                new int[] {2}, new float[] {0.5f}, new byte[] {-1, 7}))).write(file);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        b.position(8);
        assertEquals(3, b.getInt());
        b.position(b.position() + 4 + 11 + 4 + 4 + 4 + 4 + 9 + 4 + 4 + 4);
        assertEquals(1, b.getInt());
        assertEquals('x', b.get());
        assertEquals(-2, b.getInt());
        assertEquals(3, b.getInt());
        assertEquals(2, b.getInt());
        assertEquals(1, b.getInt());
        assertEquals(2, b.getInt());
        assertEquals(0.5f, b.getFloat());
        assertEquals(-1, b.get());
        assertEquals(7, b.get());
        assertEquals(0, b.remaining());
    }

    @Test
    void aBadDeltaIsNamedWithItsProblem() throws IOException {
        Path good = dir.resolve("good.bin");
        new EncoderWeights(new float[] {1f}, 0f, List.of(), List.of(new EncoderWeights.Delta("x", new int[] {3, 2},
                new int[] {0, 2}, new float[] {0.5f, 1f}, new byte[] {-1, 7, 1, 1}))).write(good);
        byte[] bytes = Files.readAllBytes(good);
        int firstRow = bytes.length - 2 * (4 + 4 + 2);
        byte[] outOfOrder = bytes.clone();
        outOfOrder[firstRow] = 2;
        assertProblem("order.bin", outOfOrder, "tensor x: row 2 out of order or out of 3");
        byte[] outOfRange = bytes.clone();
        outOfRange[firstRow + 10] = 3;
        assertProblem("range.bin", outOfRange, "tensor x: row 3 out of order or out of 3");
        assertProblem("cut.bin", Arrays.copyOf(bytes, bytes.length - 1),
                "truncated: ends in tensor x (" + (bytes.length - 1) + " bytes)");
    }

    /** The layout byte by byte, as the Python side writes it (struct.pack("<i", ...), numpy "<f4"). */
    @Test
    void layoutIsLittleEndian() throws IOException {
        Path file = dir.resolve("w.bin");
        EncoderWeights.headOnly(new float[] {1f}, 2f).write(file);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[8];
        b.get(magic);
        assertEquals("AUGURENC", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(2, b.getInt());
        assertEquals(11, b.getInt());
        b.position(b.position() + 11);
        assertEquals(1, b.getInt());
        assertEquals(1, b.getInt());
        assertEquals(1f, b.getFloat());
        assertEquals(9, b.getInt());
        b.position(b.position() + 9);
        assertEquals(1, b.getInt());
        assertEquals(1, b.getInt());
        assertEquals(2f, b.getFloat());
        assertEquals(0, b.remaining());
    }

    @Test
    void aMissingOrCorruptFileIsNamedWithItsProblem() throws IOException {
        Path missing = dir.resolve("none.bin");
        IOException e = assertThrows(IOException.class, () -> EncoderWeights.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("not found"),
                e.getMessage());

        Path good = dir.resolve("good.bin");
        EncoderWeights.headOnly(new float[] {1f, 2f, 3f}, 0f).write(good);
        byte[] bytes = Files.readAllBytes(good);

        assertProblem("bad.bin", "HELLOENC".getBytes(StandardCharsets.US_ASCII),
                "does not start with AUGURENC: not an encoder weights file");
        assertProblem("short.bin", Arrays.copyOf(bytes, bytes.length - 2),
                "truncated: ends in tensor head.bias (" + (bytes.length - 2) + " bytes)");
        assertProblem("long.bin", Arrays.copyOf(bytes, bytes.length + 3),
                "3 bytes after the last of its 2 tensors");
        byte[] oneTensor = bytes.clone();
        oneTensor[8] = 1;
        assertProblem("nohead.bin", Arrays.copyOf(oneTensor, 8 + 4 + 4 + 11 + 4 + 4 + 12), "no head.bias");
    }

    private void assertProblem(String name, byte[] content, String problem) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        IOException e = assertThrows(IOException.class, () -> EncoderWeights.read(file));
        assertEquals("encoder weights file " + file + ": " + problem, e.getMessage());
    }
}
