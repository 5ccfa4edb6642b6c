package org.tema.ui.categorise;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.common.Dialogs;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/**
 * The category board: a tool bar (new category, auto-coding), a card per category and one of the
 * codes in no category, the participant facts, and the side panel of the chosen category.
 */
public final class CategoryBoard {
    private final CategoriseViewModel model;
    private final Messages messages;
    private final FlowPane cards = new FlowPane(12, 12);
    private final BorderPane root = new BorderPane();
    private final CategoryCard cardMaker;
    private final Node facts;

    public CategoryBoard(CategoriseViewModel model, CodeRestructuring restructuring, AutoCodingViewModel autoCoding,
                         FactsViewModel factsModel, CodeTreeViewModel codes, Messages messages) {
        this.model = model;
        this.messages = messages;
        cardMaker = new CategoryCard(model, new CodeMenu(model, restructuring, codes, messages), messages);
        facts = new FactsPane(factsModel, messages).node();
        cards.setPadding(new Insets(16));
        cards.getStyleClass().add("category-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        Button add = new Button(messages.get("categorise.new"), Icons.ADD.node());
        add.setId("category-new");
        add.setOnAction(e -> Dialogs.askText(root, messages.get("categorise.new"), messages.get("categorise.new.header"), "")
                .ifPresent(model::create));
        Button auto = new Button(messages.get("categorise.autocode"), Icons.SEARCH.node());
        auto.setId("autocode");
        auto.setOnAction(e -> AutoCodingDialog.show(root, autoCoding, messages));
        root.setTop(new ToolBar(add, auto));
        root.setCenter(scroll);
        root.setRight(new CategoryDetailsPane(model, messages).node());
        model.rows().addListener((javafx.collections.ListChangeListener<CategoryRow>) c -> rebuild());
        model.selectedProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    public Node node() {
        return root;
    }

    private void rebuild() {
        cards.getChildren().clear();
        if (model.rows().stream().noneMatch(r -> r.category() != null)) {
            Label empty = new Label(messages.get("categorise.empty"));
            empty.getStyleClass().add("muted");
            cards.getChildren().add(empty);
        }
        for (CategoryRow row : model.rows()) {
            cards.getChildren().add(cardMaker.of(row));
        }
        cards.getChildren().add(facts);
    }
}
