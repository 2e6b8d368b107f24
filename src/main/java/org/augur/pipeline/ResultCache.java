package org.augur.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.augur.corpus.Article;
import org.augur.corpus.Metadata;
import org.augur.corpus.ReplacedBytes;
import org.augur.table.AtomicFiles;
import org.augur.table.Table;

/**
 * Results of finished articles, one small file each under a folder (by default OUTPUT/.augur-cache),
 * so that a rerun on an unchanged corpus, or the rest of a killed run, needs no model at all.
 *
 * <p>An entry's key is a SHA-256 of the run's configuration fingerprint (Augur's build, the models and
 * their files, the topic taxonomy: whatever can change a result) and of the article (doc_id, metadata,
 * text, and its bytes read as U+FFFD, which its status shows). Anything else changed gives another key,
 * hence a miss, never a stale row. The decoding options need no part of their own: another
 * {@code --encoding} or {@code --bad-bytes} changes the text or the bytes replaced, or refuses the article
 * before the cache is asked. Entries hold the
 * article's table rows (cells typed as text or number), written to a temporary file and moved into
 * place, so a killed run never leaves half an entry. After a complete run the entries it did not use
 * are deleted, so the folder holds the last corpus only. A {@linkplain #readOnly() read-only} cache (what
 * {@code --table} uses, which writes no folder) takes hits but never creates, stores, marks or prunes.
 */
public final class ResultCache {
    /** No cache: every lookup misses, nothing is stored. */
    public static final ResultCache NONE = new ResultCache(null, "");

    private static final String SUFFIX = ".csv";
    private static final String RUNNING = "RUNNING";
    private final Path dir;
    private final String config;
    private final boolean writable;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public ResultCache(Path dir, String configFingerprint) {
        this(dir, configFingerprint, true);
    }

    private ResultCache(Path dir, String configFingerprint, boolean writable) {
        this.dir = dir;
        this.config = configFingerprint;
        this.writable = writable;
    }

    /**
     * The same entries, read only: hits are used, but nothing is stored, the folder is neither created nor
     * marked {@code RUNNING}, and nothing is pruned, so an earlier run's cache (even an interrupted one,
     * which {@code --resume} can still continue) stays exactly as it was.
     */
    public ResultCache readOnly() {
        return new ResultCache(dir, config, false);
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The key of an article under this configuration. */
    public String key(Article a) {
        MessageDigest sha = sha256();
        Metadata m = a.metadata();
        for (String part : List.of("augur-cache-1", config, a.docId(), m.date().map(Object::toString).orElse("\0"),
                m.title().orElse("\0"), m.author().orElse("\0"), m.source().orElse("\0"), m.url().orElse("\0"),
                a.text(), a.replaced().map(ReplacedBytes::message).orElse("\0"))) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The cached rows for a key; empty on a miss or an unreadable entry (which is then redone). */
    public Optional<ArticleRows> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path file = file(key);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<Table, List<List<Object>>> rows = new EnumMap<>(Table.class);
            long tokens = -1;
            long untokenizable = 0;
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                if (r.get(0).equals("tokens")) {
                    tokens = Long.parseLong(r.get(1));
                    continue;
                }
                if (r.get(0).equals("untokenizable")) {
                    untokenizable = Long.parseLong(r.get(1));
                    continue;
                }
                List<Object> row = new ArrayList<>(r.size() - 1);
                for (int i = 1; i < r.size(); i++) {
                    String cell = r.get(i);
                    row.add(cell.charAt(0) == 'n' ? (Object) Long.valueOf(cell.substring(1)) : cell.substring(1));
                }
                rows.computeIfAbsent(Table.of(r.get(0)), t -> new ArrayList<>()).add(row);
            }
            if (tokens < 0 || !rows.containsKey(Table.DOCUMENTS)) {
                return Optional.empty();
            }
            used.add(key);
            return Optional.of(new ArticleRows(rows, tokens, untokenizable));
        } catch (IOException | RuntimeException e) {   // a miss (no such file) or a damaged entry
            return Optional.empty();
        }
    }

    /** Stores an article's rows; a cache that cannot be written only costs speed, so failures are ignored. */
    public void put(String key, ArticleRows rows) {
        if (dir == null || !writable) {
            return;
        }
        used.add(key);
        try {
            StringWriter text = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                for (Table t : Table.values()) {
                    for (List<Object> row : rows.of(t)) {
                        List<String> cells = new ArrayList<>(row.size() + 1);
                        cells.add(t.label());
                        for (Object c : row) {
                            cells.add(c instanceof Number n ? "n" + n : "s" + c);
                        }
                        p.printRecord(cells);
                    }
                }
                p.printRecord("tokens", Long.toString(rows.tokens()));
                if (rows.untokenizable() > 0) {
                    p.printRecord("untokenizable", Long.toString(rows.untokenizable()));
                }
            }
            Path file = file(key);
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            AtomicFiles.moveIntoPlace(temp, file);
        } catch (IOException | UncheckedIOException e) {
            // the article is simply not cached
        }
    }

    /**
     * Marks a run as started: until {@link #finish} the folder holds an interrupted run, which
     * {@code --resume} continues.
     */
    public void start() {
        if (dir == null || !writable) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(RUNNING), "An Augur run that did not finish; 'augur extract --resume' continues it.\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // without the mark, --resume will say there is nothing to resume
        }
    }

    /** Whether the folder holds a run that was started and never finished. */
    public boolean interrupted() {
        return dir != null && interrupted(dir);
    }

    /** Whether the cache folder {@code dir} holds a run that was started and never finished (creates nothing). */
    public static boolean interrupted(Path dir) {
        return Files.exists(dir.resolve(RUNNING));
    }

    /** After a complete run: deletes the entries it did not use, and the mark of a running run. */
    public void finish() throws IOException {
        if (dir == null || !writable || !Files.isDirectory(dir)) {
            return;
        }
        prune();
        Files.deleteIfExists(dir.resolve(RUNNING));
    }

    private void prune() throws IOException {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                boolean entry = name.endsWith(SUFFIX) && !name.startsWith(".");
                boolean leftover = name.startsWith(".") && name.endsWith(".tmp");
                if (entry && !used.contains(name.substring(0, name.length() - SUFFIX.length())) || leftover) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    public Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
