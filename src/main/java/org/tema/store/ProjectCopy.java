package org.tema.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a consistent copy of an open project while it stays open: SQLite's {@code VACUUM INTO} on
 * the project's own connection (the only one the exclusive lock allows) reads one snapshot of the
 * database, write-ahead log included, into a new file that keeps the application id and file format
 * (decision 0020). The copy goes to a temporary file in the target's folder, is synced, and is then
 * moved into place, so the final name never holds half a copy.
 */
public final class ProjectCopy {
    private ProjectCopy() {
    }

    /** Writes a copy of {@code file} to {@code target}, replacing a file of that name. Must not run inside a transaction. */
    public static void write(ProjectFile file, Path target) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            file.sql().update("VACUUM INTO ?", temp.toAbsolutePath().toString());
            sync(temp);
            moveIntoPlace(temp, target);
        } catch (IOException | StoreException e) {
            deleteQuietly(temp);
            throw new ProjectFileException(target, "the copy could not be written (" + reason(e) + ")", e);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof IOException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t instanceof java.nio.file.AccessDeniedException ? "permission denied: " + m : m;
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the copy's own error is the one to report
        }
    }
}
