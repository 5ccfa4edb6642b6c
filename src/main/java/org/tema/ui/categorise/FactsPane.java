package org.tema.ui.categorise;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.tema.ui.common.Messages;

/** The descriptive facts category («faktiske forhold»): a card with a table of the participants' attributes. */
final class FactsPane {
    private static final double ROW = 26;
    private final VBox root;

    FactsPane(FactsViewModel model, Messages messages) {
        TableView<FactRow> table = new TableView<>(model.rows());
        table.getColumns().add(column(messages.get("categorise.facts.attribute"), FactRow::attribute, 170));
        table.getColumns().add(column(messages.get("categorise.facts.count"), FactRow::count, 70));
        table.getColumns().add(column(messages.get("categorise.facts.missing"), FactRow::missing, 80));
        table.getColumns().add(column(messages.get("categorise.facts.mean"), FactRow::mean, 70));
        table.getColumns().add(column(messages.get("categorise.facts.min"), FactRow::min, 70));
        table.getColumns().add(column(messages.get("categorise.facts.max"), FactRow::max, 70));
        table.getColumns().add(column(messages.get("categorise.facts.values"), FactRow::values, 320));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("categorise.facts.none")));
        table.setFixedCellSize(ROW);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.rows()).add(1.6).multiply(ROW).add(4));
        table.getStyleClass().add("facts-table");
        Label title = new Label(messages.get("categorise.facts"));
        title.getStyleClass().add("card-title");
        CheckBox interviewers = new CheckBox(messages.get("categorise.facts.interviewers"));
        interviewers.selectedProperty().bindBidirectional(model.includeInterviewersProperty());
        root = new VBox(8, title, interviewers, table);
        root.getStyleClass().addAll("category-card", "facts-card");
        root.setPadding(new javafx.geometry.Insets(12));
        root.setPrefWidth(740);
    }

    Node node() {
        return root;
    }

    private static <T> TableColumn<FactRow, T> column(String title, Function<FactRow, T> value, double width) {
        TableColumn<FactRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
