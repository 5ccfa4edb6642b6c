package org.tema.ui.prepare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.tema.model.JournalEntry;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/** The project journal: dated notes, newest last, and a field to write the next one. */
final class JournalPane {
    private final VBox root;

    JournalPane(PrepareViewModel prepare, Messages messages) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        ListView<JournalEntry> entries = new ListView<>(prepare.journal());
        entries.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(JournalEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setContextMenu(null);
                    return;
                }
                Label date = new Label(dates.format(e.date()));
                date.getStyleClass().add("field-caption");
                Label text = new Label(e.text());
                text.setWrapText(true);
                text.setMaxWidth(280);
                setGraphic(new VBox(2, date, text));
                MenuItem delete = new MenuItem(messages.get("prepare.journal.delete"), Icons.DELETE.node());
                delete.setOnAction(a -> prepare.deleteJournalEntry(e));
                setContextMenu(new ContextMenu(delete));
            }
        });
        TextArea draft = new TextArea();
        draft.setWrapText(true);
        draft.setPrefRowCount(4);
        draft.setPromptText(messages.get("prepare.journal.prompt"));
        draft.textProperty().bindBidirectional(prepare.journalDraftProperty());
        Button add = new Button(messages.get("prepare.journal.add"), Icons.ADD.node());
        add.setOnAction(e -> prepare.addJournalEntry(LocalDate.now()));
        add.setDefaultButton(false);
        root = new VBox(6, entries, draft, add);
        root.getStyleClass().add("side-pane");
        VBox.setVgrow(entries, javafx.scene.layout.Priority.ALWAYS);
    }

    Node node() {
        return root;
    }
}
