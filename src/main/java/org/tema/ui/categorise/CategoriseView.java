package org.tema.ui.categorise;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.tema.ui.coding.CodeNode;
import org.tema.ui.common.Messages;

/** Categorisation: a card per category with its codes and their counts, and a card of codes in no category. */
public final class CategoriseView {
    private final FlowPane cards = new FlowPane(12, 12);
    private final ScrollPane root = new ScrollPane(cards);
    private final Messages messages;
    private final CategoriseViewModel model;

    public CategoriseView(CategoriseViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        cards.setPadding(new Insets(16));
        cards.getStyleClass().add("category-cards");
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        model.rows().addListener((javafx.collections.ListChangeListener<CategoryRow>) c -> rebuild());
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
            cards.getChildren().add(card(row));
        }
    }

    private Node card(CategoryRow row) {
        Label title = new Label(row.category() == null ? messages.get("categorise.uncategorised") : row.category().name());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label counts = new Label(messages.format("categorise.counts", row.codes().size(), row.passages()));
        counts.getStyleClass().add("muted");
        VBox card = new VBox(6, title, counts);
        if (row.category() != null && !row.category().description().isBlank()) {
            Label description = new Label(row.category().description());
            description.setWrapText(true);
            card.getChildren().add(description);
        }
        for (CodeNode n : row.codes()) {
            Label name = new Label(n.code().label(), new Circle(5, Color.web(n.code().colour())));
            name.setWrapText(true);
            Region space = new Region();
            HBox.setHgrow(space, Priority.ALWAYS);
            Label count = new Label(Integer.toString(n.count()));
            count.getStyleClass().add("code-count");
            card.getChildren().add(new HBox(6, name, space, count));
        }
        card.getStyleClass().add(row.category() == null ? "category-card-rest" : "category-card");
        card.setPadding(new Insets(12));
        card.setPrefWidth(300);
        return card;
    }
}
