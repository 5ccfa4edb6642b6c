package org.tema.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tema.app.AutomaticBackup;
import org.tema.app.Backup;
import org.tema.app.BackupFolder;
import org.tema.app.BackupRestore;
import org.tema.app.Backups;
import org.tema.ui.common.ProjectSession;

/**
 * Backups as the window offers them (decision 0020): the automatic one, queued on the project thread
 * behind the work that fills the window when a project opens; "Back up now"; the list of backups;
 * and restoring one as a new project beside the open one, which is then opened.
 */
public final class BackupsViewModel {
    private final AutomaticBackup automatic;
    private final Clock clock;
    private final Supplier<ProjectSession> session;
    private final Consumer<Path> opener;
    private final ObjectProperty<Failure> failure = new SimpleObjectProperty<>();

    /** An automatic backup that could not be written: the project's name and the reason. */
    public record Failure(String project, String reason) {
    }

    BackupsViewModel(AutomaticBackup automatic, Clock clock, Supplier<ProjectSession> session, Consumer<Path> opener) {
        this.automatic = automatic;
        this.clock = clock;
        this.session = session;
        this.opener = opener;
    }

    /** The latest automatic backup that failed, for the window to warn about (and then clear); null when none. */
    public ObjectProperty<Failure> failureProperty() {
        return failure;
    }

    void afterOpening(ProjectSession s) {
        s.read(automatic::run, outcome -> outcome.failure().ifPresent(reason -> failure.set(new Failure(s.name(), reason))));
    }

    /** Writes a backup of the open project now and hands it to {@code done}. */
    public void backUpNow(Consumer<Backup> done) {
        open().ifPresent(s -> s.read(p -> new Backups(p, clock).backUpNow(), done));
    }

    /** The open project's backups, newest first. */
    public void list(Consumer<List<Backup>> done) {
        open().ifPresent(s -> s.read(p -> BackupFolder.of(p.path()).list(), done));
    }

    /**
     * Copies {@code backup} to a new project file beside the open project, opens it (closing the
     * current one, which stays as it was) and hands the new file to {@code done}.
     */
    public void restore(Backup backup, Consumer<Path> done) {
        open().ifPresent(s -> s.read(p -> BackupRestore.restore(backup.path(), BackupRestore.restoredName(p.path(), backup)),
                restored -> {
                    opener.accept(restored);
                    done.accept(restored);
                }));
    }

    private Optional<ProjectSession> open() {
        return Optional.ofNullable(session.get());
    }
}
