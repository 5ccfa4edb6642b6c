package org.tema.ui.analyse;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.beans.property.Property;
import org.tema.ui.common.Messages;

/** The filter row above each analysis tab: group, transcript, coder, participant attribute = value, interviewer. */
final class FilterBar {
    private final FlowPane root = new FlowPane(8, 6);

    FilterBar(FilterModel model, Messages messages) {
        ComboBox<String> group = choice(model.groups(), model.groupProperty(), s -> s, messages);
        ComboBox<org.tema.model.Document> document = choice(model.documents(), model.documentProperty(),
                org.tema.model.Document::name, messages);
        ComboBox<org.tema.model.Coder> coder = choice(model.coders(), model.coderProperty(), org.tema.model.Coder::name, messages);
        ComboBox<org.tema.model.Attribute> attribute = choice(model.attributes(), model.attributeProperty(),
                org.tema.model.Attribute::name, messages);
        TextField value = new TextField();
        value.setPromptText(messages.get("analyse.filter.value"));
        value.setPrefColumnCount(8);
        value.setOnAction(e -> model.valueProperty().set(value.getText()));
        value.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                model.valueProperty().set(value.getText());
            }
        });
        model.valueProperty().addListener((o, a, b) -> value.setText(b));
        CheckBox interviewer = new CheckBox(messages.get("analyse.filter.interviewer"));
        interviewer.selectedProperty().bindBidirectional(model.includeInterviewerProperty());
        Button clear = new Button(messages.get("analyse.filter.clear"));
        clear.setOnAction(e -> model.clear());
        root.getChildren().addAll(label(messages, "analyse.filter.group"), group, label(messages, "analyse.filter.document"),
                document, label(messages, "analyse.filter.coder"), coder, label(messages, "analyse.filter.attribute"),
                attribute, new Label("="), value, interviewer, clear);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("analysis-filter");
    }

    Node node() {
        return root;
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
        items.addListener((javafx.collections.ListChangeListener<T>) c -> fill.run());
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
