package org.tema.ui.analyse;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.tema.app.RetrievedPassage;
import org.tema.ui.common.Messages;

/** Retrieved passages with speaker, group, transcript and words; a double-click (or Enter) shows one in its transcript. */
final class PassageTable {
    private final TableView<RetrievedPassage> table;

    PassageTable(ObservableList<RetrievedPassage> passages, Messages messages, PassageNavigator navigator) {
        table = new TableView<>(passages);
        table.getStyleClass().add("retrieved-passages");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("analyse.passages.none")));
        TableColumn<RetrievedPassage, String> text = column(messages.get("analyse.column.text"), RetrievedPassage::text, 420);
        text.setCellFactory(c -> new WrappedCell());
        table.getColumns().add(column(messages.get("analyse.column.speaker"), RetrievedPassage::speaker, 90));
        table.getColumns().add(column(messages.get("analyse.column.group"), RetrievedPassage::group, 90));
        table.getColumns().add(column(messages.get("analyse.column.document"), RetrievedPassage::documentName, 110));
        table.getColumns().add(column(messages.get("analyse.column.code"), p -> p.code() == null ? "" : p.code().label(), 110));
        table.getColumns().add(text);
        table.setRowFactory(t -> {
            TableRow<RetrievedPassage> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    show(navigator, row.getItem());
                }
            });
            row.setTooltip(new Tooltip(messages.get("analyse.passages.open")));
            return row;
        });
        table.setOnKeyPressed(e -> {
            RetrievedPassage p = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && p != null) {
                show(navigator, p);
            }
        });
    }

    Node node() {
        return table;
    }

    private static void show(PassageNavigator navigator, RetrievedPassage p) {
        navigator.show(p.documentId(), p.start(), p.end());
    }

    private static TableColumn<RetrievedPassage, String> column(String title, Function<RetrievedPassage, String> value, double width) {
        TableColumn<RetrievedPassage, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The passage's words, wrapped to the column's width. */
    private static final class WrappedCell extends TableCell<RetrievedPassage, String> {
        private final Label label = new Label();

        WrappedCell() {
            label.setWrapText(true);
            label.maxWidthProperty().bind(widthProperty().subtract(12));
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            label.setText(item);
            setGraphic(empty || item == null ? null : label);
        }
    }
}
