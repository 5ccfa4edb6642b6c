package org.tema.ui.prepare;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.tema.model.CandidateTheme;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/** Candidate themes noted while reading, to become codes or categories later. */
final class ThemesPane {
    private final VBox root;

    ThemesPane(PrepareViewModel prepare, Messages messages) {
        ListView<CandidateTheme> list = new ListView<>(prepare.themes());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CandidateTheme t, boolean empty) {
                super.updateItem(t, empty);
                if (empty || t == null) {
                    setGraphic(null);
                    setContextMenu(null);
                    return;
                }
                Label name = new Label(t.name(), Icons.CATEGORISE.node());
                name.getStyleClass().add("passage-code");
                Label note = new Label(t.note());
                note.setWrapText(true);
                note.setMaxWidth(280);
                setGraphic(t.note().isBlank() ? name : new VBox(2, name, note));
                MenuItem delete = new MenuItem(messages.get("prepare.themes.delete"), Icons.DELETE.node());
                delete.setOnAction(a -> prepare.deleteTheme(t));
                setContextMenu(new ContextMenu(delete));
            }
        });
        TextField name = new TextField();
        name.setPromptText(messages.get("prepare.themes.name"));
        name.textProperty().bindBidirectional(prepare.themeNameProperty());
        TextField note = new TextField();
        note.setPromptText(messages.get("prepare.themes.note"));
        note.textProperty().bindBidirectional(prepare.themeNoteProperty());
        Button add = new Button(messages.get("prepare.themes.add"), Icons.ADD.node());
        add.setOnAction(e -> prepare.addTheme());
        name.setOnAction(e -> prepare.addTheme());
        note.setOnAction(e -> prepare.addTheme());
        root = new VBox(6, list, name, note, add);
        root.getStyleClass().add("side-pane");
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
    }

    Node node() {
        return root;
    }
}
