package org.tema.ui.coding;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.tema.model.Code;
import org.tema.ui.common.Messages;

/** The open transcript's coded passages; pick one to show it, filter by code, remove a code. */
final class PassagesPane {
    private final BorderPane root = new BorderPane();

    PassagesPane(PassagesViewModel passages, CodeTreeViewModel tree, CodingViewModel coding, Messages messages) {
        ComboBox<Code> filter = new ComboBox<>();
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.setPromptText(messages.get("coding.passages.all"));
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Code c) {
                return c == null ? messages.get("coding.passages.all") : c.label();
            }

            @Override
            public Code fromString(String s) {
                return null;
            }
        });
        Runnable fill = () -> {
            Code current = passages.filterProperty().get();
            filter.getItems().setAll((Code) null);
            tree.codes().forEach(n -> filter.getItems().add(n.code()));
            filter.setValue(current == null ? null : filter.getItems().stream()
                    .filter(c -> c != null && c.id() == current.id()).findFirst().orElse(null));
        };
        tree.codes().addListener((javafx.collections.ListChangeListener<CodeNode>) c -> fill.run());
        fill.run();
        filter.valueProperty().addListener((o, a, c) -> passages.filterProperty().set(c));
        ListView<PassageRow> list = new ListView<>(passages.rows());
        list.getStyleClass().add("passage-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PassageRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setContextMenu(null);
                    return;
                }
                setPrefWidth(0);
                Label code = new Label(row.mark().label());
                code.maxWidthProperty().bind(list.widthProperty().subtract(40));
                code.getStyleClass().add("passage-code");
                Label excerpt = new Label(row.excerpt());
                excerpt.setWrapText(true);
                excerpt.maxWidthProperty().bind(list.widthProperty().subtract(40));
                Rectangle bar = new Rectangle(4, 34, Color.web(row.mark().colour()));
                setGraphic(new HBox(8, bar, new VBox(2, code, excerpt)));
                MenuItem remove = new MenuItem(messages.format("coding.removeCode", row.mark().label()));
                remove.setOnAction(e -> coding.remove(row.mark()));
                setContextMenu(new ContextMenu(remove));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                passages.open(row);
            }
        });
        root.setTop(filter);
        root.setCenter(list);
    }

    Node node() {
        return root;
    }
}
