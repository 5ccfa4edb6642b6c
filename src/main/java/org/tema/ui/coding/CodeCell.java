package org.tema.ui.coding;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A code in the tree: its colour, number and name, and its count of coded passages. */
final class CodeCell extends TreeCell<CodeNode> {
    private final Circle swatch = new Circle(6);
    private final Label name = new Label();
    private final Label count = new Label();
    private final HBox box = new HBox(8, swatch, name, count);

    CodeCell() {
        box.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        setPrefWidth(0); // the tree never scrolls sideways: long names end in «…» and the count stays in view
        count.setMinWidth(Region.USE_PREF_SIZE);
        box.setMinWidth(0);
        count.getStyleClass().add("code-count");
        getStyleClass().add("code-cell");
    }

    /** Stretches the row to the cell's right edge, so the count sits at the right and a long name is cut short. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() == box) {
            double width = getWidth() - snappedRightInset() - box.getLayoutX();
            box.resize(Math.max(0, width), box.getHeight());
            box.layout();
        }
    }

    @Override
    protected void updateItem(CodeNode item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        swatch.setFill(Color.web(item.code().colour()));
        name.setText(item.code().label());
        count.setText(item.children().isEmpty() || item.count() == item.totalCount()
                ? Integer.toString(item.count()) : item.count() + " (" + item.totalCount() + ")");
        setText(null);
        setGraphic(box);
    }
}
