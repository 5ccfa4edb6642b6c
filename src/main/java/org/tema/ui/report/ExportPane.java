package org.tema.ui.report;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tema.ui.common.Dialogs;
import org.tema.ui.common.Messages;

/** The export buttons: pick where, write in the background, then say where the files are or why it failed. */
final class ExportPane {
    private final VBox root = new VBox(8);
    private final ExportViewModel model;
    private final Messages messages;
    private final TargetChooser chooser;

    /** Where an export goes: a file for Word and Excel, a folder for CSV; empty when the user cancels. */
    @FunctionalInterface
    interface TargetChooser {
        java.util.Optional<Path> choose(ExportViewModel.Format format, String suggestedName, Window owner);
    }

    ExportPane(ExportViewModel model, Messages messages, TargetChooser chooser) {
        this.model = model;
        this.messages = messages;
        this.chooser = chooser;
        Button word = button(messages.get("report.export.word"), "export-word", ExportViewModel.Format.WORD);
        Button excel = button(messages.get("report.export.excel"), "export-excel", ExportViewModel.Format.EXCEL);
        Button csv = button(messages.get("report.export.csv"), "export-csv", ExportViewModel.Format.CSV);
        ProgressIndicator progress = new ProgressIndicator(-1);
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.runningProperty());
        root.getChildren().addAll(OptionsPane.heading(messages.get("report.export")), new HBox(6, word, excel, csv, progress));
        root.setPadding(new Insets(8));
    }

    Node node() {
        return root;
    }

    private Button button(String text, String id, ExportViewModel.Format format) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(model.runningProperty());
        b.setOnAction(e -> chooser.choose(format, model.suggestedName(format), root.getScene().getWindow())
                .ifPresent(target -> model.export(format, target, this::show)));
        return b;
    }

    /** The system's file and folder choosers. */
    static TargetChooser systemChooser(Messages messages) {
        return (format, suggestedName, owner) -> choose(messages, format, suggestedName, owner);
    }

    private static java.util.Optional<Path> choose(Messages messages, ExportViewModel.Format format, String suggestedName, Window owner) {
        File chosen;
        if (format == ExportViewModel.Format.CSV) {
            DirectoryChooser d = new DirectoryChooser();
            d.setTitle(messages.get("report.export.csv"));
            chosen = d.showDialog(owner);
        } else {
            FileChooser f = new FileChooser();
            f.setTitle(format == ExportViewModel.Format.WORD ? messages.get("report.export.word") : messages.get("report.export.excel"));
            f.setInitialFileName(suggestedName);
            f.getExtensionFilters().add(format == ExportViewModel.Format.WORD
                    ? new FileChooser.ExtensionFilter("Word (*.docx)", "*.docx")
                    : new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
            chosen = f.showSaveDialog(owner);
        }
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }

    private void show(ExportViewModel.Outcome outcome) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (!outcome.succeeded()) {
            Dialogs.error(owner, messages.get("report.export.failedTitle"), outcome.error());
            return;
        }
        Path target = outcome.target().toAbsolutePath();
        Path folder = java.nio.file.Files.isDirectory(target) ? target : target.getParent();
        Alert done = new Alert(Alert.AlertType.INFORMATION, messages.format("report.export.done", outcome.target().toAbsolutePath()));
        done.initOwner(owner);
        done.setTitle(messages.get("report.export"));
        done.setHeaderText(null);
        done.getDialogPane().setId("export-done");
        ButtonType open = new ButtonType(messages.get("report.export.openFolder"), ButtonBar.ButtonData.LEFT);
        if (canOpenFolders()) {
            done.getButtonTypes().add(open);
        }
        done.resultProperty().addListener((o, a, b) -> {
            if (b == open) {
                openFolder(folder);
            }
        });
        done.show();
    }

    private static boolean canOpenFolders() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    /** Opens the folder in the system's file manager, away from the FX thread (the call can block). */
    private static void openFolder(Path folder) {
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (Exception | Error e) {
                java.util.logging.Logger.getLogger(ExportPane.class.getName()).warning("Could not open " + folder + ": " + e.getMessage());
            }
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }
}
