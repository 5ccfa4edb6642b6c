package org.tema.ui.analyse;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.tema.analysis.SummaryGrid;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Messages;

/** The summary grid tab: codes down, participants or groups across; a chosen cell's passages and summary below. */
final class GridTab {
    private final BorderPane root = new BorderPane();
    private final TableView<List<SummaryGrid.Cell>> table = new TableView<>();
    private final Messages messages;

    GridTab(GridViewModel model, FilterModel filter, Messages messages, PassageNavigator navigator) {
        this.messages = messages;
        table.getStyleClass().add("summary-grid");
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(messages.get("analyse.grid.empty")));
        table.getSelectionModel().getSelectedCells().addListener((javafx.collections.ListChangeListener<TablePosition>) c -> {
            List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
            if (!cells.isEmpty() && cells.get(0).getColumn() > 0) {
                model.select(cells.get(0).getRow(), cells.get(0).getColumn() - 1);
            }
        });
        model.gridProperty().addListener((o, a, g) -> show(g));
        show(model.gridProperty().get());

        ToggleGroup across = new ToggleGroup();
        RadioButton participants = new RadioButton(messages.get("analyse.grid.participants"));
        RadioButton groups = new RadioButton(messages.get("analyse.grid.groups"));
        participants.setToggleGroup(across);
        groups.setToggleGroup(across);
        participants.setSelected(true);
        groups.selectedProperty().bindBidirectional(model.byGroupProperty());
        HBox options = new HBox(12, new Label(messages.get("analyse.grid.across")), participants, groups);
        options.setAlignment(Pos.CENTER_LEFT);
        options.setPadding(new Insets(6, 8, 6, 8));

        Label chosen = new Label(messages.get("analyse.grid.choose"));
        chosen.getStyleClass().add("card-title");
        model.selectedProperty().addListener((o, a, key) -> chosen.setText(key == null ? messages.get("analyse.grid.choose")
                : messages.format("analyse.grid.cell", codeLabel(model, key.codeId()), key.column().label())));
        SummaryEditor summary = new SummaryEditor(messages.get("analyse.summary.cell"), model.summary(), model::saveSummary);
        summary.area().disableProperty().bind(model.selectedProperty().isNull());
        summary.area().setPromptText(messages.get("analyse.summary.prompt"));
        VBox passages = new VBox(6, chosen, new PassageTable(model.passages(), messages, navigator).node());
        VBox.setVgrow(passages.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
        SplitPane below = new SplitPane(PassagesTab.pad(passages), PassagesTab.pad(summary.node()));
        below.setDividerPositions(0.65);
        DividerMemory.name(below, "analysis-grid-below");
        SplitPane split = new SplitPane(table, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        DividerMemory.name(split, "analysis-grid");
        root.setTop(new VBox(new FilterBar(filter, messages).node(), options));
        root.setCenter(split);
    }

    Node node() {
        return root;
    }

    private static String codeLabel(GridViewModel model, long codeId) {
        SummaryGrid g = model.gridProperty().get();
        return g == null ? "" : g.codes().stream().filter(c -> c.id() == codeId).map(c -> c.label()).findFirst().orElse("");
    }

    private void show(SummaryGrid grid) {
        table.getColumns().clear();
        if (grid == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<List<SummaryGrid.Cell>, String> code = new TableColumn<>(messages.get("analyse.column.code"));
        code.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().isEmpty() ? ""
                : f.getValue().get(0).code().label()));
        code.setPrefWidth(200);
        table.getColumns().add(code);
        for (int i = 0; i < grid.columns().size(); i++) {
            int index = i;
            TableColumn<List<SummaryGrid.Cell>, SummaryGrid.Cell> column = new TableColumn<>(grid.columns().get(i).label());
            column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().get(index)));
            column.setCellFactory(c -> new GridCell());
            column.setPrefWidth(150);
            column.setSortable(false);
            table.getColumns().add(column);
        }
        List<List<SummaryGrid.Cell>> rows = grid.cells().stream().filter(r -> !r.isEmpty()).toList();
        table.getItems().setAll(grid.columns().isEmpty() ? List.of() : rows);
    }

    /** A cell: the number of passages, then the start of the summary. */
    private static final class GridCell extends TableCell<List<SummaryGrid.Cell>, SummaryGrid.Cell> {
        private static final javafx.css.PseudoClass CODED = javafx.css.PseudoClass.getPseudoClass("coded");
        private final Label count = new Label();
        private final Label summary = new Label();
        private final VBox box = new VBox(2, count, summary);

        GridCell() {
            count.getStyleClass().add("code-count");
            summary.setWrapText(true);
            summary.setMaxHeight(36);
            summary.getStyleClass().add("muted");
        }

        @Override
        protected void updateItem(SummaryGrid.Cell item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                pseudoClassStateChanged(CODED, false);
                setGraphic(null);
                return;
            }
            count.setText(item.passages().isEmpty() ? "" : Integer.toString(item.passages().size()));
            pseudoClassStateChanged(CODED, !item.passages().isEmpty());
            summary.setText(item.summary());
            summary.setVisible(!item.summary().isEmpty());
            summary.setManaged(!item.summary().isEmpty());
            setGraphic(box);
        }
    }
}
