package org.tema.ui.analyse;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tema.analysis.CodeMatrix;
import org.tema.app.Matrices;
import org.tema.ui.common.Messages;

/** The matrices tab: code × transcript, group or participant, counting passages or words; sortable, with totals. */
final class MatricesTab {
    private static final PseudoClass TOTALS = PseudoClass.getPseudoClass("totals");
    private final BorderPane root = new BorderPane();
    private final TableView<MatrixRow> table;
    private final Messages messages;
    private boolean sorting;

    MatricesTab(MatricesViewModel model, FilterModel filter, Messages messages) {
        this.messages = messages;
        table = new TableView<>(model.rows());
        table.getStyleClass().add("code-matrix");
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MatrixRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(TOTALS, !empty && item != null && item.totals());
            }
        });
        table.setSortPolicy(t -> {
            if (!sorting) {
                sorting = true;
                try {
                    model.sort(order());
                } finally {
                    sorting = false;
                }
            }
            return true;
        });
        model.matrixProperty().addListener((o, a, m) -> {
            if (a == null || m == null || !a.columns().equals(m.columns())) {
                columns(m);
            }
        });
        columns(model.matrixProperty().get());

        ComboBox<MatricesViewModel.Across> across = new ComboBox<>();
        across.getItems().setAll(MatricesViewModel.Across.values());
        named(across, a -> messages.get("analyse.matrices." + a.name().toLowerCase(java.util.Locale.ROOT)));
        across.valueProperty().bindBidirectional(model.acrossProperty());
        ComboBox<Matrices.Measure> measure = new ComboBox<>();
        measure.getItems().setAll(Matrices.Measure.values());
        named(measure, m -> messages.get("analyse.matrices." + m.name().toLowerCase(java.util.Locale.ROOT)));
        measure.valueProperty().bindBidirectional(model.measureProperty());
        HBox options = new HBox(8, new Label(messages.get("analyse.matrices.across")), across,
                new Label(messages.get("analyse.matrices.measure")), measure);
        options.setAlignment(Pos.CENTER_LEFT);
        options.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(new VBox(new FilterBar(filter, messages).node(), options));
        root.setCenter(table);
    }

    Node node() {
        return root;
    }

    /** The table's first sort column as the view model's order; code-book order when none. */
    private MatricesViewModel.Order order() {
        if (table.getSortOrder().isEmpty()) {
            return MatricesViewModel.Order.CODE_BOOK;
        }
        TableColumn<MatrixRow, ?> c = table.getSortOrder().get(0);
        return new MatricesViewModel.Order(table.getColumns().indexOf(c) - 1, c.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private void columns(CodeMatrix m) {
        table.getSortOrder().clear();
        table.getColumns().clear();
        if (m == null) {
            return;
        }
        TableColumn<MatrixRow, String> code = new TableColumn<>(messages.get("analyse.column.code"));
        code.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().totals()
                ? messages.get("analyse.matrices.total") : f.getValue().label()));
        code.setPrefWidth(220);
        table.getColumns().add(code);
        for (int i = 0; i < m.columns().size(); i++) {
            int index = i;
            table.getColumns().add(figure(m.columns().get(i).label(), r -> r.cell(index)));
        }
        table.getColumns().add(figure(messages.get("analyse.matrices.total"), MatrixRow::total));
    }

    private static TableColumn<MatrixRow, Long> figure(String title, Function<MatrixRow, Long> value) {
        TableColumn<MatrixRow, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(Math.max(70, Math.min(160, title.length() * 8 + 24)));
        return c;
    }

    private static <T> void named(ComboBox<T> box, Function<T, String> name) {
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }
}
