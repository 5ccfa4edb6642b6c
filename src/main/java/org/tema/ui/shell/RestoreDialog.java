package org.tema.ui.shell;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.tema.app.Backup;
import org.tema.ui.common.Messages;

/** Lists a project's backups with the time each was made and its size; the chosen one is the result. */
final class RestoreDialog {
    private RestoreDialog() {
    }

    static Optional<Backup> show(Window owner, String project, List<Backup> backups, Messages messages) {
        return create(owner, project, backups, messages).showAndWait();
    }

    static Dialog<Backup> create(Window owner, String project, List<Backup> backups, Messages messages) {
        Dialog<Backup> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("dialog.restore.title"));
        d.setHeaderText(messages.format("dialog.restore.header", project));
        TableView<Backup> table = table(backups, messages);
        d.getDialogPane().setContent(table);
        ButtonType restore = new ButtonType(messages.get("dialog.restore.button"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, new ButtonType(messages.get("task.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(restore).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
        d.getDialogPane().setPrefWidth(560);
        return d;
    }

    private static TableView<Backup> table(List<Backup> backups, Messages messages) {
        TableView<Backup> table = new TableView<>();
        table.setId("backup-list");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(messages.locale());
        TableColumn<Backup, String> made = new TableColumn<>(messages.get("dialog.restore.made"));
        made.setCellValueFactory(c -> new ReadOnlyStringWrapper(when.format(c.getValue().made())));
        made.setPrefWidth(380);
        TableColumn<Backup, String> size = new TableColumn<>(messages.get("dialog.restore.size"));
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(size(c.getValue().size(), messages.locale())));
        size.setPrefWidth(120);
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(made);
        table.getColumns().add(size);
        table.getItems().setAll(backups);
        Label none = new Label(messages.get("dialog.restore.none"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.setPrefHeight(280);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        if (!backups.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        return table;
    }

    /** A file size for people: kB below a megabyte, else MB with one decimal. */
    static String size(long bytes, Locale locale) {
        return bytes < 1_000_000 ? String.format(locale, "%d kB", Math.max(1, Math.round(bytes / 1000.0)))
                : String.format(locale, "%.1f MB", bytes / 1e6);
    }
}
