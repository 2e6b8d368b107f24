package org.augur.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words for a message. Java's own message for the commonest failures
 * ({@link NoSuchFileException}, {@link AccessDeniedException}) is only the path, which a message naming
 * the file already shows: "cannot read models.txt: models.txt" says nothing.
 */
public final class FileErrors {
    /** The operating system's words for ELOOP, which Java reports as a plain {@link FileSystemException}. */
    private static final String LOOP = "Too many levels of symbolic links";

    private FileErrors() {
    }

    /** The reason of {@code e}: "no such file", "permission denied", "symbolic link loop", or the system's own words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemLoopException || isLoop(e)) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Whether {@code e} is the system's ELOOP: a chain of symbolic links that never reaches a file. */
    public static boolean isLoop(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains(LOOP);
    }
}
