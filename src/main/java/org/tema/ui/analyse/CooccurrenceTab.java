package org.tema.ui.analyse;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Messages;

/** The co-occurrence tab: the code × code heat map; a click on a cell lists the passages behind it. */
final class CooccurrenceTab {
    private final BorderPane root = new BorderPane();

    CooccurrenceTab(CooccurrenceViewModel model, FilterModel filter, Messages messages, PassageNavigator navigator) {
        HeatMap map = new HeatMap(model::select, messages.get("analyse.cooccurrence.uncategorised"));
        Runnable redraw = () -> map.show(model.matrixProperty().get(), model.blocksProperty().get());
        model.matrixProperty().addListener((o, a, m) -> redraw.run());
        model.blocksProperty().addListener((o, a, b) -> redraw.run());
        redraw.run();
        ScrollPane scroll = new ScrollPane(map.node());
        scroll.getStyleClass().add("heat-map-scroll");

        ToggleGroup modes = new ToggleGroup();
        RadioButton overlap = new RadioButton(messages.get("analyse.cooccurrence.overlap"));
        RadioButton sameTurn = new RadioButton(messages.get("analyse.cooccurrence.sameTurn"));
        overlap.setToggleGroup(modes);
        sameTurn.setToggleGroup(modes);
        overlap.setSelected(model.modeProperty().get() == Cooccurrence.Mode.OVERLAP);
        sameTurn.setSelected(!overlap.isSelected());
        sameTurn.selectedProperty().addListener((o, a, b) ->
                model.modeProperty().set(b ? Cooccurrence.Mode.SAME_TURN : Cooccurrence.Mode.OVERLAP));
        HBox options = new HBox(12, new Label(messages.get("analyse.cooccurrence.mode")), overlap, sameTurn, new Separator(Orientation.VERTICAL),
                new Label(messages.get("analyse.cooccurrence.order")), orderChoice(model, messages));
        options.setAlignment(Pos.CENTER_LEFT);
        options.setPadding(new Insets(6, 8, 6, 8));

        Label chosen = new Label(messages.get("analyse.cooccurrence.choose"));
        chosen.getStyleClass().add("card-title");
        chosen.setWrapText(true);
        model.selectedProperty().addListener((o, a, pair) -> chosen.setText(pair == null
                ? messages.get("analyse.cooccurrence.choose")
                : messages.format("analyse.cooccurrence.cell", label(model.matrixProperty().get(), pair.rowCodeId()),
                label(model.matrixProperty().get(), pair.columnCodeId()))));
        Node table = new PassageTable(model.passages(), messages, navigator).node();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox passages = new VBox(6, chosen, table);
        passages.setPadding(new Insets(8));
        SplitPane split = new SplitPane(scroll, passages);
        split.setDividerPositions(0.55);
        DividerMemory.name(split, "analysis-cooccurrence");
        root.setTop(new VBox(new FilterBar(filter, messages).node(), options));
        root.setCenter(split);
    }

    Node node() {
        return root;
    }

    /** Two radio buttons: rows and columns by category or in code-book order. */
    private static Node orderChoice(CooccurrenceViewModel model, Messages messages) {
        ToggleGroup order = new ToggleGroup();
        RadioButton byCategory = new RadioButton(messages.get("analyse.cooccurrence.byCategory"));
        RadioButton byCodeTree = new RadioButton(messages.get("analyse.cooccurrence.byCodeTree"));
        byCategory.getStyleClass().add("order-by-category");
        byCodeTree.getStyleClass().add("order-by-code-tree");
        byCategory.setToggleGroup(order);
        byCodeTree.setToggleGroup(order);
        byCategory.setSelected(model.orderProperty().get() == CooccurrenceViewModel.Order.BY_CATEGORY);
        byCodeTree.setSelected(!byCategory.isSelected());
        byCodeTree.selectedProperty().addListener((o, a, b) ->
                model.orderProperty().set(b ? CooccurrenceViewModel.Order.BY_CODE_TREE : CooccurrenceViewModel.Order.BY_CATEGORY));
        HBox box = new HBox(12, byCategory, byCodeTree);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String label(CodeMatrix m, long codeId) {
        return m == null ? "" : m.rows().stream().filter(r -> r.code().id() == codeId).map(r -> r.code().label())
                .findFirst().orElse("");
    }
}
