package org.tema.ui.categorise;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tema.model.Category;
import org.tema.ui.common.Dialogs;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/**
 * The side panel of the chosen category: its name, description and memo (saved when the field loses
 * the focus, each save one undoable step), and buttons to rename, move left or right, and delete it.
 */
final class CategoryDetailsPane {
    private final CategoriseViewModel model;
    private final Messages messages;
    private final Label name = new Label();
    private final TextArea description = new TextArea();
    private final TextArea memo = new TextArea();
    private final VBox content;
    private final Label none;
    private final VBox root = new VBox();
    /** The category whose texts the fields hold, to save what was typed before another one is shown. */
    private Category shown;

    CategoryDetailsPane(CategoriseViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        name.getStyleClass().add("pane-title");
        name.setWrapText(true);
        description.setId("category-description");
        memo.setId("category-memo");
        saveOnLeave(description, Category::description, model::describe);
        saveOnLeave(memo, Category::memo, model::setMemo);
        for (TextArea area : new TextArea[] {description, memo}) {
            area.setWrapText(true);
            area.setPrefRowCount(6);
            VBox.setVgrow(area, Priority.ALWAYS);
        }
        content = new VBox(8, name, buttons(), new Label(messages.get("categorise.description")), description,
                new Label(messages.get("categorise.memo")), memo);
        VBox.setVgrow(content, Priority.ALWAYS);
        none = new Label(messages.get("categorise.noSelection"));
        none.setWrapText(true);
        none.getStyleClass().add("muted");
        root.setPadding(new Insets(16));
        root.setPrefWidth(320);
        root.setMinWidth(260);
        root.getStyleClass().add("category-details");
        model.selectedProperty().addListener((o, a, c) -> show(c));
        show(model.selectedProperty().get());
    }

    Node node() {
        return root;
    }

    private Node buttons() {
        Button rename = button(Icons.RENAME.node(), "categorise.rename", c -> Dialogs.askText(root,
                messages.get("categorise.rename"), messages.get("categorise.rename.header"), c.name())
                .ifPresent(n -> model.rename(c.id(), n)));
        Button left = button(new Label("◀"), "categorise.moveLeft", c -> model.shift(c.id(), -1));
        Button right = button(new Label("▶"), "categorise.moveRight", c -> model.shift(c.id(), +1));
        Button delete = button(Icons.DELETE.node(), "categorise.delete", c -> {
            if (Dialogs.confirm(root, messages.get("categorise.delete"), messages.format("categorise.delete.confirm", c.name()))) {
                model.delete(c.id());
            }
        });
        delete.setId("category-delete");
        return new HBox(6, rename, left, right, delete);
    }

    private Button button(Node graphic, String key, java.util.function.Consumer<Category> action) {
        Button b = new Button(null, graphic);
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        b.setOnAction(e -> {
            Category c = model.selectedProperty().get();
            if (c != null) {
                action.accept(c);
            }
        });
        return b;
    }

    private void saveOnLeave(TextArea area, Function<Category, String> value, BiConsumer<Long, String> save) {
        area.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                saveIfChanged(area, value, save);
            }
        });
    }

    private void saveIfChanged(TextArea area, Function<Category, String> value, BiConsumer<Long, String> save) {
        boolean stillThere = shown != null && model.categories().stream().anyMatch(c -> c.id() == shown.id());
        if (stillThere && !area.getText().equals(value.apply(shown))) {
            save.accept(shown.id(), area.getText());
        }
    }

    private void show(Category c) {
        boolean another = c == null || shown == null || c.id() != shown.id();
        if (another) {
            saveIfChanged(description, Category::description, model::describe);
            saveIfChanged(memo, Category::memo, model::setMemo);
        }
        shown = c;
        if (c == null) {
            root.getChildren().setAll(none);
            return;
        }
        name.setText(c.name());
        if (another || !description.isFocused()) {
            description.setText(c.description());
        }
        if (another || !memo.isFocused()) {
            memo.setText(c.memo());
        }
        root.getChildren().setAll(content);
    }
}
