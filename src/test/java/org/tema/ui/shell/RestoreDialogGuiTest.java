package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tema.ui.FxWait;
import org.tema.app.Backup;
import org.tema.app.BackupFolder;
import org.tema.ui.TestProjects;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;

@ExtendWith(ApplicationExtension.class)
class RestoreDialogGuiTest {
    @TempDir
    static Path dir;
    private ShellViewModel shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new ShellViewModel(new FxTaskRunner(), new Settings(), Optional.empty(), Optional.empty());
        MainWindow window = new MainWindow(stage, shell, Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(window.root(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.closeThen(() -> { }));
    }

    @Test
    void dialogListsBackupsWithDateAndSizeAndGivesTheChosenOne(FxRobot robot) throws Exception {
        List<Backup> backups = List.of(
                new Backup(dir.resolve("p-2026-11-30-0900.tema"), java.time.LocalDateTime.of(2026, 11, 30, 9, 0), 2_400_000),
                new Backup(dir.resolve("p-2026-11-29-0815.tema"), java.time.LocalDateTime.of(2026, 11, 29, 8, 15), 350_000));
        @SuppressWarnings("unchecked")
        Dialog<Backup>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = RestoreDialog.create(stage, "p", backups, Messages.of(Locale.ENGLISH));
            dialog[0].show();
        });
        TableView<?> table = robot.lookup("#backup-list").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertTrue(robot.lookup("2.4 MB").tryQuery().isPresent());
        assertTrue(robot.lookup("350 kB").tryQuery().isPresent());
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("November 29, 2026")).queryLabeled());
        robot.clickOn("Restore");
        FxWait.until(() -> !dialog[0].isShowing());
        assertEquals(backups.get(1), dialog[0].getResult());
    }

    @Test
    void restoreFromTheFileMenuOpensTheRestoredCopy(FxRobot robot) throws Exception {
        Path file = TestProjects.interview(Files.createDirectories(dir.resolve("menu")));
        robot.interact(() -> shell.open(file));
        FxWait.until(() -> shell.sessionProperty().get() != null && !BackupFolder.of(file).list().isEmpty());
        Backup made = BackupFolder.of(file).list().get(0);
        robot.interact(() -> shell.withSession(s -> s.edit(p -> p.codeBook().add(null, "3", "Mentor"))));
        FxWait.until(() -> shell.countsProperty().get() != null && shell.countsProperty().get().codes() == 3);

        robot.clickOn("File").clickOn("Restore from backup…");
        FxWait.until(() -> robot.lookup("#backup-list").tryQuery().isPresent());
        robot.clickOn("Restore");
        String restoredTitle = "Tema — intervju (restored " + made.made().toLocalDate() + ")";
        FxWait.until(() -> stage.getTitle().equals(restoredTitle));
        FxWait.until(() -> shell.countsProperty().get() != null && shell.countsProperty().get().codes() == 2);
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("is restored as a new project")).tryQuery().isPresent(), "the window says where the copy is");
        assertTrue(Files.exists(file.resolveSibling("intervju (restored " + made.made().toLocalDate() + ").tema")));
    }
}
