package org.tema.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tema.store.ProjectFile;

/**
 * The folder of a project's backups, beside it: {@code NAME.tema-backups/NAME-YYYY-MM-DD-HHMM.tema}
 * (decision 0020). Only reads and deletes files; it needs no open project, so backups can be listed
 * while another window has the project open.
 */
public final class BackupFolder {
    public static final String SUFFIX = ".tema-backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final String name;
    private final Path folder;
    private final Pattern backupName;

    private BackupFolder(String name, Path folder) {
        this.name = name;
        this.folder = folder;
        this.backupName = Pattern.compile(Pattern.quote(name) + "-(\\d{4}-\\d{2}-\\d{2}-\\d{4})"
                + Pattern.quote(ProjectFile.EXTENSION));
    }

    /** The backup folder of the project file {@code project}. */
    public static BackupFolder of(Path project) {
        Path absolute = project.toAbsolutePath();
        String file = absolute.getFileName().toString();
        String name = file.endsWith(ProjectFile.EXTENSION) ? file.substring(0, file.length() - ProjectFile.EXTENSION.length()) : file;
        return new BackupFolder(name, absolute.resolveSibling(name + SUFFIX));
    }

    public Path path() {
        return folder;
    }

    /** The file a backup made at {@code time} is written to. */
    public Path fileFor(LocalDateTime time) {
        return folder.resolve(name + "-" + STAMP.format(time) + ProjectFile.EXTENSION);
    }

    /** The backups in the folder, newest first; empty when there is no folder yet. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder «" + folder + "» could not be read: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Backup::made).reversed());
        return out;
    }

    /** The backup in {@code file}, if the file has a backup's name. */
    public Optional<Backup> read(Path file) {
        Matcher m = backupName.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes all but the newest {@code count} backups, never {@code keep} (the one just written,
     * even if the clock went back). A backup that cannot be deleted stays for the next time.
     */
    public void keepNewest(int count, Path keep) {
        List<Backup> older = list().stream().filter(b -> !b.path().equals(keep)).toList();
        for (Backup b : older.subList(Math.min(older.size(), Math.max(0, count - 1)), older.size())) {
            try {
                Files.deleteIfExists(b.path());
            } catch (IOException e) {
                // left for the next backup to delete; the new backup is written, which is what matters
            }
        }
    }
}
