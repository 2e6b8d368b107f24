package org.augur.testing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every entry under a folder (links not followed) with its kind, size and modification time, to show
 * that a run never wrote to its corpus folder.
 */
public final class Snapshot {
    private Snapshot() {
    }

    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                out.put(root.relativize(dir) + "/", "dir " + attrs.lastModifiedTime().toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String kind = attrs.isSymbolicLink() ? "link to " + Files.readSymbolicLink(file) : "file";
                out.put(root.relativize(file).toString(), kind + " " + attrs.size() + " "
                        + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                out.put(root.relativize(file).toString(), "unlistable " + e.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
