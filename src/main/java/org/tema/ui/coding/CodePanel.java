package org.tema.ui.coding;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.ui.common.Messages;

/** The selected code's definition (description, when to use, when not, example) and memo; stored when a field is left. */
final class CodePanel {
    private final CodeTreeViewModel tree;
    private final Label title = new Label();
    private final Circle swatch = new Circle(7);
    private final TextArea description = area();
    private final TextArea whenToUse = area();
    private final TextArea whenNotToUse = area();
    private final TextArea example = area();
    private final TextArea memo = area();
    private final Label empty;
    private final VBox fields;
    private final ScrollPane root;
    private Code shown;

    CodePanel(CodeTreeViewModel tree, Messages messages) {
        this.tree = tree;
        title.setGraphic(swatch);
        title.getStyleClass().add("pane-title");
        empty = new Label(messages.get("coding.noCodeSelected"));
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        fields = new VBox(4, title,
                caption(messages.get("coding.definition.description")), description,
                caption(messages.get("coding.definition.whenToUse")), whenToUse,
                caption(messages.get("coding.definition.whenNotToUse")), whenNotToUse,
                caption(messages.get("coding.definition.example")), example,
                caption(messages.get("coding.memo")), memo);
        fields.getStyleClass().add("code-panel");
        root = new ScrollPane(empty);
        root.setFitToWidth(true);
        for (TextArea a : new TextArea[] {description, whenToUse, whenNotToUse, example}) {
            a.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    storeDefinition();
                }
            });
        }
        memo.focusedProperty().addListener((o, was, now) -> {
            if (!now && shown != null) {
                tree.setMemo(shown, memo.getText());
            }
        });
        tree.selectedProperty().addListener((o, a, code) -> show(code));
        show(tree.selectedProperty().get());
    }

    Node node() {
        return root;
    }

    private void storeDefinition() {
        if (shown != null) {
            tree.define(shown, new CodeDefinition(description.getText(), whenToUse.getText(), whenNotToUse.getText(),
                    example.getText()));
        }
    }

    private void show(Code code) {
        shown = code;
        if (code == null) {
            root.setContent(empty);
            return;
        }
        title.setText(code.label());
        swatch.setFill(Color.web(code.colour()));
        CodeDefinition d = code.definition();
        setIfIdle(description, d.description());
        setIfIdle(whenToUse, d.whenToUse());
        setIfIdle(whenNotToUse, d.whenNotToUse());
        setIfIdle(example, d.example());
        setIfIdle(memo, code.memo());
        root.setContent(fields);
    }

    private static void setIfIdle(TextArea area, String text) {
        if (!area.isFocused() || !area.getText().equals(text)) {
            area.setText(text);
        }
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(2);
        return a;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }
}
