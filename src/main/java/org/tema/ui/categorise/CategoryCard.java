package org.tema.ui.categorise;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.tema.model.Category;
import org.tema.ui.coding.CodeNode;
import org.tema.ui.common.Messages;

/**
 * One card of the board: a category (or the codes in no category) with its codes and counts. Codes
 * are dragged onto a card at a place among its codes; a category is dragged by its title onto
 * another card to take that card's place.
 */
final class CategoryCard {
    private final CategoriseViewModel model;
    private final CodeMenu codeMenu;
    private final Messages messages;

    CategoryCard(CategoriseViewModel model, CodeMenu codeMenu, Messages messages) {
        this.model = model;
        this.codeMenu = codeMenu;
        this.messages = messages;
    }

    Node of(CategoryRow row) {
        Category category = row.category();
        Label title = new Label(category == null ? messages.get("categorise.uncategorised") : category.name());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label counts = new Label(messages.format("categorise.counts", row.codes().size(), row.passages()));
        counts.getStyleClass().addAll("muted", "category-counts");
        VBox card = new VBox(6, title, counts);
        if (category != null && !category.description().isBlank()) {
            Label description = new Label(category.description());
            description.setWrapText(true);
            description.getStyleClass().add("category-description");
            card.getChildren().add(description);
        }
        for (CodeNode n : row.codes()) {
            card.getChildren().add(codeRow(n, category));
        }
        if (category != null && row.codes().isEmpty()) {
            Label hint = new Label(messages.get("categorise.dropHere"));
            hint.getStyleClass().addAll("muted", "drop-codes-here");
            card.getChildren().add(hint);
        }
        card.getStyleClass().add(category == null ? "category-card-rest" : "category-card");
        if (category != null && model.selectedProperty().get() != null && model.selectedProperty().get().id() == category.id()) {
            card.getStyleClass().add("selected-card");
        }
        card.setPadding(new Insets(12));
        card.setPrefWidth(300);
        card.setUserData(category);
        if (category != null) {
            BoardDrag.start(title, BoardDrag.Kind.CATEGORY, category.id());
            title.setTooltip(new Tooltip(messages.get("categorise.dragCategory")));
            card.setOnMouseClicked(e -> {
                card.requestFocus();
                model.select(category);
            });
        }
        acceptDrops(card, category);
        return card;
    }

    private Node codeRow(CodeNode n, Category category) {
        Label name = new Label(n.code().label(), new Circle(5, Color.web(n.code().colour())));
        name.setMinWidth(0);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Label count = new Label(Integer.toString(n.count()));
        count.getStyleClass().add("code-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, name, space, count);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("category-code");
        line.setUserData(n.code().id());
        BoardDrag.start(line, BoardDrag.Kind.CODE, n.code().id());
        line.setOnContextMenuRequested(e -> codeMenu.show(line, n.code(), category, e.getScreenX(), e.getScreenY()));
        return line;
    }

    private void acceptDrops(VBox card, Category category) {
        card.setOnDragOver(e -> {
            if (BoardDrag.of(e.getDragboard()).filter(d -> category != null || d.kind() == BoardDrag.Kind.CODE).isPresent()) {
                e.acceptTransferModes(TransferMode.MOVE);
                card.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        card.setOnDragExited(e -> card.getStyleClass().removeAll("drop-target"));
        card.setOnDragDropped(e -> {
            BoardDrag.of(e.getDragboard()).ifPresent(d -> {
                if (d.kind() == BoardDrag.Kind.CATEGORY && category != null && d.id() != category.id()) {
                    model.move(d.id(), model.categories().indexOf(category));
                } else if (d.kind() == BoardDrag.Kind.CODE && category == null) {
                    model.removeCode(d.id());
                } else if (d.kind() == BoardDrag.Kind.CODE) {
                    model.addCode(category.id(), d.id(), positionAt(card, e.getY(), d.id()));
                }
            });
            e.setDropCompleted(true);
            e.consume();
        });
    }

    /** The place among the card's codes (the dragged one left out) above which {@code y} lies. */
    private static int positionAt(VBox card, double y, long dragged) {
        List<Node> codes = card.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("category-code") && !Long.valueOf(dragged).equals(n.getUserData())).toList();
        int at = 0;
        for (Node n : codes) {
            if (n.getBoundsInParent().getCenterY() < y) {
                at++;
            }
        }
        return at;
    }
}
