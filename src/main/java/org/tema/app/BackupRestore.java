package org.tema.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import org.tema.store.ProjectFile;
import org.tema.store.ProjectFileException;

/**
 * Restores a backup as a new project file beside the current one, never over an existing file:
 * the backup is checked to be a Tema project, copied to a temporary file and moved to the new name.
 */
public final class BackupRestore {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private BackupRestore() {
    }

    /** A free name beside {@code project} for a restored copy of {@code backup}: {@code NAME (restored YYYY-MM-DD).tema}, numbered if taken. */
    public static Path restoredName(Path project, Backup backup) {
        Path absolute = project.toAbsolutePath();
        String file = absolute.getFileName().toString();
        String name = file.endsWith(ProjectFile.EXTENSION) ? file.substring(0, file.length() - ProjectFile.EXTENSION.length()) : file;
        String base = name + " (restored " + DAY.format(backup.made()) + ")";
        Path candidate = absolute.resolveSibling(base + ProjectFile.EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = absolute.resolveSibling(base + " " + n + ProjectFile.EXTENSION);
        }
        return candidate;
    }

    /** Copies the backup to {@code target}, which must not exist yet; returns the target. */
    public static Path restore(Path backup, Path target) {
        if (Files.exists(target)) {
            throw new ProjectFileException(target, "a file of that name already exists; choose another name for the restored copy");
        }
        ProjectFile.requireProject(backup);
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            Files.copy(backup, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target);
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new ProjectFileException(target, "a file of that name already exists; choose another name for the restored copy", e);
        } catch (IOException e) {
            throw new UncheckedIOException(target.getFileName() + ": the backup " + backup.getFileName()
                    + " could not be restored (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (p != null) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the restore's own outcome is what is reported
        }
    }
}
