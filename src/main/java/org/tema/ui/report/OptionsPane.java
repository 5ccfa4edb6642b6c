package org.tema.ui.report;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.tema.report.AttributionPart;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportKind;
import org.tema.ui.common.Messages;

/** The report settings: kind, title, language, which quotes, the facts section and the attribution line. */
final class OptionsPane {
    private final VBox root = new VBox(8);

    OptionsPane(ReportOptions options, Messages messages) {
        ChoiceBox<ReportKind> kind = choice(ReportKind.values(), k -> kindName(k, messages));
        kind.valueProperty().bindBidirectional(options.kindProperty());
        kind.setId("report-kind");
        TextField title = new TextField();
        title.textProperty().bindBidirectional(options.titleProperty());
        title.setPromptText(messages.get("report.options.titlePrompt"));
        ChoiceBox<String> language = choice(ReportOptions.LANGUAGES.toArray(String[]::new),
                l -> l.equals("nb") ? messages.get("report.options.bokmaal") : messages.get("report.options.english"));
        language.valueProperty().bindBidirectional(options.languageProperty());
        ChoiceBox<QuoteSelection> quotes = choice(QuoteSelection.values(), q -> q == QuoteSelection.MARKED
                ? messages.get("report.options.quotesMarked") : messages.get("report.options.quotesAll"));
        quotes.valueProperty().bindBidirectional(options.quotesProperty());
        CheckBox facts = new CheckBox(messages.get("report.options.facts"));
        facts.selectedProperty().bindBidirectional(options.participantFactsProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("report.options.kind")), kind);
        form.addRow(1, new Label(messages.get("report.options.title")), title);
        form.addRow(2, new Label(messages.get("report.options.language")), language);
        form.addRow(3, new Label(messages.get("report.options.quotes")), quotes);
        form.add(facts, 0, 4, 2, 1);

        root.getChildren().addAll(heading(messages.get("report.options")), form,
                new Label(messages.get("report.options.attribution")), attribution(options, messages));
        root.setPadding(new Insets(8));
    }

    Node node() {
        return root;
    }

    private static Node attribution(ReportOptions options, Messages messages) {
        ListView<AttributionPart> parts = new ListView<>(options.attribution());
        parts.setPrefHeight(120);
        parts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AttributionPart part, boolean empty) {
                super.updateItem(part, empty);
                setText(empty || part == null ? null : partName(part, messages));
            }
        });
        MenuButton add = new MenuButton(messages.get("report.options.add"));
        add.setOnShowing(e -> add.getItems().setAll(options.missingParts().stream().map(p -> {
            MenuItem item = new MenuItem(partName(p, messages));
            item.setOnAction(a -> options.add(p));
            return item;
        }).toList()));
        add.disableProperty().bind(Bindings.size(options.attribution()).isEqualTo(AttributionPart.values().length));
        var selected = parts.getSelectionModel().selectedItemProperty();
        Button remove = new Button(messages.get("report.options.remove"));
        remove.setOnAction(e -> options.remove(selected.get()));
        remove.disableProperty().bind(selected.isNull().or(Bindings.size(options.attribution()).lessThan(2)));
        Button up = new Button("↑");
        up.setOnAction(e -> move(parts, options, -1));
        Button down = new Button("↓");
        down.setOnAction(e -> move(parts, options, 1));
        up.disableProperty().bind(selected.isNull());
        down.disableProperty().bind(selected.isNull());
        return new VBox(4, parts, new HBox(4, add, remove, up, down));
    }

    private static void move(ListView<AttributionPart> parts, ReportOptions options, int step) {
        AttributionPart part = parts.getSelectionModel().getSelectedItem();
        if (options.move(part, step)) {
            parts.getSelectionModel().select(part);
        }
    }

    static String kindName(ReportKind kind, Messages messages) {
        return switch (kind) {
            case FINDINGS -> messages.get("report.kind.findings");
            case CODEBOOK -> messages.get("report.kind.codebook");
            case CATEGORIES -> messages.get("report.kind.categories");
            case MATRICES -> messages.get("report.kind.matrices");
        };
    }

    static String partName(AttributionPart part, Messages messages) {
        return switch (part) {
            case PSEUDONYM -> messages.get("report.part.pseudonym");
            case GROUP -> messages.get("report.part.group");
            case DOCUMENT -> messages.get("report.part.document");
            case LINE -> messages.get("report.part.line");
            case TIME -> messages.get("report.part.time");
        };
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static <T> ChoiceBox<T> choice(T[] values, java.util.function.Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
