package org.augur.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the articles of a corpus: a folder (read recursively for .txt, .md, .html and .htm), a single
 * file, or "-" for a list of paths on stdin. The result is sorted by doc_id so that every run sees the
 * same order. Article files that cannot be read (link loops, broken links, no permission, FIFOs) come back
 * as sources with a problem, so that each becomes an error row rather than vanishing. When two files get
 * the same doc_id (two corpus folders both holding {@code a.txt}), the first is kept and the other is
 * handed to the {@code duplicates} callback, so that it is not dropped unseen.
 */
public final class CorpusLister {
    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    private final InputStream stdin;
    private final boolean nulSeparated;
    private final Consumer<Duplicate> duplicates;
    private final Map<Path, Map<String, Metadata>> metadataByFolder = new HashMap<>();

    /** A file left out because an earlier one has its doc_id. */
    public record Duplicate(String docId, Path kept, Path skipped) {
    }

    /** For corpora that cannot hold two files of one doc_id (a single folder). */
    public CorpusLister(InputStream stdin, boolean nulSeparated) {
        this(stdin, nulSeparated, d -> { });
    }

    public CorpusLister(InputStream stdin, boolean nulSeparated, Consumer<Duplicate> duplicates) {
        this.stdin = stdin;
        this.nulSeparated = nulSeparated;
        this.duplicates = duplicates;
    }

    public List<Source> list(List<String> inputs) {
        List<Source> out = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                for (String line : readStdinPaths()) {
                    out.add(listedFile(Path.of(line), line));
                }
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                out.addAll(walk(path));
            } else if (Files.exists(path)) {
                out.add(listedFile(path, path.getFileName().toString()));
            } else {
                throw new CorpusException("no such file or folder: " + input);
            }
        }
        out.sort(Comparator.comparing(Source::docId));   // stable: the first given stays first
        List<Source> unique = new ArrayList<>();
        for (Source s : out) {
            Source previous = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (previous == null || !previous.docId().equals(s.docId())) {
                unique.add(s);
            } else if (!same(previous.path(), s.path())) {   // one file listed twice is no loss
                duplicates.accept(new Duplicate(s.docId(), previous.path(), s.path()));
            }
        }
        return unique;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private List<String> readStdinPaths() {
        List<String> paths = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))) {
            if (nulSeparated) {
                StringBuilder sb = new StringBuilder();
                int c;
                while ((c = r.read()) >= 0) {
                    if (c == 0) {
                        addPath(paths, sb.toString());
                        sb.setLength(0);
                    } else {
                        sb.append((char) c);
                    }
                }
                addPath(paths, sb.toString());
            } else {
                String line;
                while ((line = r.readLine()) != null) {
                    addPath(paths, line.strip());
                }
            }
        } catch (IOException e) {
            throw new CorpusException("cannot read the path list on stdin: " + e.getMessage(), e);
        }
        return paths;
    }

    private static void addPath(List<String> paths, String p) {
        if (!p.isEmpty()) {
            paths.add(p);
        }
    }

    /** A file named directly: its metadata comes from metadata.csv beside it, keyed by file name. */
    private Source listedFile(Path path, String docId) {
        String id = docId.replace('\\', '/');
        if (id.startsWith("./")) {
            id = id.substring(2);
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        Metadata meta = metadataOf(folder).getOrDefault(path.getFileName().toString(), Metadata.NONE);
        return Source.of(id, path, meta);
    }

    private Map<String, Metadata> metadataOf(Path folder) {
        return metadataByFolder.computeIfAbsent(folder, MetadataFile::read);
    }

    private List<Source> walk(Path root) {
        Map<String, Metadata> metadata = metadataOf(root.toAbsolutePath().normalize());
        List<Source> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String id = docId(root, file);
                            if (!isArticle(file) || id.equals(MetadataFile.NAME)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                out.add(Source.of(id, file, metadata.getOrDefault(id, Metadata.NONE)));
                            } else {
                                // Following links, the walker hands over a link's own attributes only when
                                // its target cannot be reached; a FIFO or device would block or never end if read.
                                String why = attrs.isSymbolicLink() ? unreachableLink(file) : "not a regular file";
                                out.add(new Source(id, file, Metadata.NONE, Optional.of(why)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = FileErrors.reason(e);
                            out.add(new Source(docId(root, file), file, Metadata.NONE, Optional.of(why)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new CorpusException("cannot read folder " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Why a symbolic link's target cannot be reached: links that point at each other (ELOOP, which the
     * walker does not report as a loop: it only detects folders it has already entered) or a target that
     * is gone.
     */
    private static String unreachableLink(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "broken symbolic link";   // its target appeared after the walker looked
        } catch (NoSuchFileException e) {
            return "broken symbolic link";
        } catch (IOException e) {
            return FileErrors.reason(e);
        }
    }

    private static String docId(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static boolean isArticle(Path file) {
        return isArticle(file.getFileName().toString());
    }

    /** Whether a file of this name is an article by the corpus conventions (its extension). */
    public static boolean isArticle(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
