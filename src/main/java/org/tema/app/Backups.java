package org.tema.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.tema.store.ProjectCopy;

/**
 * Backup copies of the open project (decision 0020): one made automatically when the project is
 * opened and the newest is a day old, or on request; the newest {@link #KEPT} are kept. Runs on the
 * project's thread, outside any transaction.
 */
public final class Backups {
    public static final Duration INTERVAL = Duration.ofHours(24);
    public static final int KEPT = 7;

    private final Project project;
    private final Clock clock;
    private final BackupFolder folder;

    public Backups(Project project, Clock clock) {
        this.project = project;
        this.clock = clock;
        this.folder = BackupFolder.of(project.path());
    }

    public BackupFolder folder() {
        return folder;
    }

    /** The project's backups, newest first. */
    public List<Backup> list() {
        return folder.list();
    }

    /**
     * Writes a backup now (replacing one made in the same minute) and then deletes the oldest
     * beyond {@link #KEPT}; if writing fails, nothing is deleted.
     */
    public Backup backUpNow() {
        Path target = folder.fileFor(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        ProjectCopy.write(project.stores().file(), target);
        folder.keepNewest(KEPT, target);
        return folder.read(target).orElseThrow();
    }

    /** Whether the automatic backup is due: there is none, or the newest is {@link #INTERVAL} old. */
    public boolean due() {
        LocalDateTime now = LocalDateTime.now(clock);
        return list().stream().findFirst().map(newest -> !newest.made().plus(INTERVAL).isAfter(now)).orElse(true);
    }

    /** Writes a backup if one is due; returns it, or empty when none was due. */
    public Optional<Backup> backUpIfDue() {
        return due() ? Optional.of(backUpNow()) : Optional.empty();
    }
}
