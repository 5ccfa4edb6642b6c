package org.tema.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tema.ui.common.Dialogs;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

/**
 * The main window's content: menu, phase bar, the start screen or the workbench of the open
 * project, and the status bar. Files dropped on it are imported into the open project.
 */
public final class MainWindow implements AppMenu.Actions {
    private final Stage stage;
    private final ShellViewModel shell;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane centre = new StackPane();
    private final Label dropHint;
    private final StartView start;
    private Workbench workbench;

    public MainWindow(Stage stage, ShellViewModel shell, Messages messages) {
        this.stage = stage;
        this.shell = shell;
        this.messages = messages;
        shell.localeProperty().set(messages.locale());
        start = new StartView(shell, messages, this::newProject, this::openProject, this::openSample, shell::open);
        dropHint = new Label(messages.get("drop.hint"));
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setVisible(false);
        dropHint.setMouseTransparent(true);
        root.setTop(new VBox(new AppMenu(shell, messages, this).node(), new PhaseBar(shell, messages).node()));
        root.setCenter(new StackPane(centre, dropHint));
        root.setBottom(new StatusBar(shell, messages).node());
        root.getStyleClass().add("main-window");
        shell.sessionProperty().addListener((o, a, s) -> showSession(s));
        shell.phaseProperty().addListener((o, a, p) -> {
            if (workbench != null) {
                workbench.show(p);
            }
        });
        shell.errorProperty().addListener((o, a, t) -> {
            if (t != null) {
                Dialogs.error(stage, messages.get("error.title"), messages.format("error.action", describe(t)));
                shell.errorProperty().set(null);
            }
        });
        shell.importProblems().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!shell.importProblems().isEmpty()) {
                Dialogs.error(stage, messages.get("error.title"), String.join("\n", shell.importProblems()));
            }
        });
        shell.setSpeakerReview(speakers -> SpeakerReviewDialog.show(stage, speakers, messages));
        BackupNotices.install(stage, shell.backups(), messages);
        installDrop();
        stage.titleProperty().bind(shell.titleProperty());
        showSession(shell.sessionProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Keys that the menu cannot carry: Ctrl+Y as a second way to redo. */
    public void installAccelerators() {
        root.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> shell.withSession(ProjectSession::redo));
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && (root.getMessage() == null || root.getMessage().isBlank())) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private void showSession(ProjectSession s) {
        if (s == null) {
            workbench = null;
            centre.getChildren().setAll(start.node());
            return;
        }
        workbench = new Workbench(s, messages, shell.settings(), shell.phaseProperty()::set);
        workbench.show(shell.phaseProperty().get());
        centre.getChildren().setAll(workbench.node());
    }

    private void installDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                dropHint.setVisible(true);
            }
        });
        root.setOnDragExited(e -> dropHint.setVisible(false));
        root.setOnDragDropped(e -> {
            dropHint.setVisible(false);
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            if (shell.sessionProperty().get() == null) {
                Dialogs.error(stage, messages.get("error.title"), messages.get("drop.noProject"));
            } else {
                shell.importFiles(files);
            }
            e.setDropCompleted(true);
        });
    }

    private FileChooser projectChooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.projectFiles"), "*.tema"));
        return c;
    }

    @Override
    public void newProject() {
        File f = projectChooser(messages.get("menu.file.new")).showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            shell.create(p.getFileName().toString().endsWith(".tema") ? p : p.resolveSibling(p.getFileName() + ".tema"));
        }
    }

    @Override
    public void openProject() {
        File f = projectChooser(messages.get("menu.file.open")).showOpenDialog(stage);
        if (f != null) {
            shell.open(f.toPath());
        }
    }

    @Override
    public void openSample() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(messages.get("dialog.sampleFolder"));
        File dir = c.showDialog(stage);
        if (dir != null) {
            shell.openSample(dir.toPath());
        }
    }

    @Override
    public void importFiles() {
        FileChooser c = new FileChooser();
        c.setTitle(messages.get("menu.file.import"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.transcripts"),
                "*.txt", "*.md", "*.docx", "*.odt", "*.rtf", "*.vtt", "*.srt"));
        List<File> files = c.showOpenMultipleDialog(stage);
        if (files != null) {
            shell.importFiles(files.stream().map(File::toPath).filter(Files::isRegularFile).toList());
        }
    }

    @Override
    public void closeProject() {
        shell.closeThen(() -> { });
    }

    @Override
    public void backUpNow() {
        shell.withSession(s -> shell.backups().backUpNow(b -> BackupNotices.written(stage, s.name(), b, messages)));
    }

    @Override
    public void restoreBackup() {
        shell.withSession(s -> shell.backups().list(backups -> RestoreDialog.show(stage, s.name(), backups, messages)
                .ifPresent(chosen -> shell.backups().restore(chosen, restored -> BackupNotices.restored(stage, s.name(), chosen, restored, messages)))));
    }

    @Override
    public void quit() {
        shell.closeThen(Platform::exit);
    }

    @Override
    public void search() {
        if (workbench != null) {
            shell.phaseProperty().set(Phase.CODE);
            workbench.coding().focusSearch();
        }
    }

    @Override
    public void settings() {
        SettingsDialog.show(stage, shell.settings(), messages);
    }
}
