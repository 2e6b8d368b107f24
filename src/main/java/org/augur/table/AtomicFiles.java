package org.augur.table;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Putting a finished file in place, so that a reader or a killed run never sees half of it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Moves {@code temp} onto {@code target}, replacing it: atomically where the file system can, else
     * with a plain move (the target is then briefly absent, never partly written).
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
