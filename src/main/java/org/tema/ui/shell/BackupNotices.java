package org.tema.ui.shell;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tema.app.Backup;
import org.tema.ui.common.Messages;

/** What the window says about backups: none of it blocks the work (the alerts are shown, not waited for). */
final class BackupNotices {
    private BackupNotices() {
    }

    /** Warns, once per failure, when the automatic backup could not be written. */
    static void install(Window owner, BackupsViewModel backups, Messages messages) {
        backups.failureProperty().addListener((o, a, f) -> {
            if (f != null) {
                show(owner, Alert.AlertType.WARNING, messages.get("dialog.backup.failedTitle"),
                        messages.format("dialog.backup.failed", f.project(), f.reason()));
                backups.failureProperty().set(null);
            }
        });
    }

    static void written(Window owner, String project, Backup backup, Messages messages) {
        show(owner, Alert.AlertType.INFORMATION, messages.get("dialog.backup.title"),
                messages.format("dialog.backup.done", project, backup.path()));
    }

    static void restored(Window owner, String project, Backup backup, Path restored, Messages messages) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(messages.locale())
                .format(backup.made());
        show(owner, Alert.AlertType.INFORMATION, messages.get("dialog.restore.title"),
                messages.format("dialog.restore.done", when, restored, project));
    }

    private static void show(Window owner, Alert.AlertType type, String title, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setPrefWidth(520);
        a.show();
    }
}
