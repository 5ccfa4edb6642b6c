package org.tema.ui.analyse;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.beans.property.Property;
import javafx.scene.layout.FlowPane;
import org.tema.model.Attribute;
import org.tema.ui.common.Messages;

/**
 * The filter row above each analysis tab: groups, transcripts, coders, a participant attribute and
 * its values (several of each may be ticked), interviewer turns, and a button that clears them all.
 */
final class FilterBar {
    private final FlowPane root = new FlowPane(8, 6);

    FilterBar(FilterModel model, Messages messages) {
        Node groups = field(model.groups(), "groups", messages);
        Node documents = field(model.documents(), "documents", messages);
        Node coders = field(model.coders(), "coders", messages);
        ComboBox<Attribute> attribute = choice(model.attributes(), model.attributeProperty(), Attribute::name, messages);
        attribute.getStyleClass().add("filter-attribute");
        Node values = field(model.values(), "values", messages);
        CheckBox interviewer = new CheckBox(messages.get("analyse.filter.interviewer"));
        interviewer.selectedProperty().bindBidirectional(model.includeInterviewerProperty());
        Button clear = new Button(messages.get("analyse.filter.clear"));
        clear.setOnAction(e -> model.clear());
        root.getChildren().addAll(groups, documents, coders, label(messages, "analyse.filter.attribute"), attribute,
                new Label("="), values, interviewer, clear);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("analysis-filter");
    }

    Node node() {
        return root;
    }

    private static <T, K> Node field(MultiChoice<T, K> choice, String name, Messages messages) {
        Node node = new MultiChoiceButton<>(choice, messages.get("analyse.filter." + name + ".all"),
                "analyse.filter." + name + ".count", messages).node();
        node.getStyleClass().add("filter-" + name);
        return node;
    }

    private static Label label(Messages messages, String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("muted");
        return l;
    }

    /** A drop-down of {@code items} with a first empty entry meaning "any", bound to {@code chosen}. */
    private static <T> ComboBox<T> choice(ObservableList<T> items, Property<T> chosen, Function<T, String> name,
                                          Messages messages) {
        ComboBox<T> box = new ComboBox<>();
        Runnable fill = () -> {
            T keep = chosen.getValue();
            box.getItems().setAll(new java.util.ArrayList<T>(java.util.Collections.singletonList(null)));
            box.getItems().addAll(items);
            box.setValue(keep);
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        box.setCellFactory(l -> new Named<>(name, messages.get("analyse.filter.any")));
        box.setButtonCell(new Named<>(name, messages.get("analyse.filter.any")));
        box.valueProperty().bindBidirectional(chosen);
        box.setPrefWidth(120);
        return box;
    }

    private static final class Named<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final String any;

        Named(Function<T, String> name, String any) {
            this.name = name;
            this.any = any;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? any : name.apply(item));
        }
    }
}
