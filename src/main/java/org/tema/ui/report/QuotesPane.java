package org.tema.ui.report;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.tema.model.Omission;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Messages;

/**
 * The quote picker: categories, codes and their passages, each with a "use in report" box and its
 * attribution line; the chosen passage below, where selected words can be omitted (shown struck
 * through) and omissions taken off again.
 */
final class QuotesPane {
    private final QuotesViewModel model;
    private final Messages messages;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final TextArea passage = new TextArea();
    private final TextFlow preview = new TextFlow();
    private final VBox omissions = new VBox(4);
    private final Label attribution = new Label();
    private final SplitPane root;
    private QuoteRow shown;

    QuotesPane(QuotesViewModel model, ReportOptions options, Messages messages) {
        this.model = model;
        this.messages = messages;
        tree.setShowRoot(false);
        tree.getStyleClass().add("quote-tree");
        tree.setCellFactory(v -> new QuoteCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                show(b != null && b.getValue() instanceof QuoteRow r ? r : null));
        model.groups().addListener((javafx.collections.ListChangeListener<QuotesViewModel.QuoteGroup>) c -> rebuild());
        options.attribution().addListener((javafx.beans.InvalidationListener) c -> {
            tree.refresh();
            show(shown);
        });
        options.languageProperty().addListener((o, a, b) -> {
            tree.refresh();
            show(shown);
        });

        passage.setEditable(false);
        passage.setWrapText(true);
        passage.setPrefRowCount(5);
        passage.getStyleClass().add("quote-passage");
        Button omit = new Button(messages.get("report.quotes.omit"));
        omit.setId("omit");
        omit.disableProperty().bind(passage.selectedTextProperty().isEmpty());
        omit.setOnAction(e -> {
            if (shown != null) {
                model.omit(shown, passage.getSelection().getStart(), passage.getSelection().getEnd());
            }
        });
        preview.getStyleClass().add("quote-preview");
        Label hint = new Label(messages.get("report.quotes.hint"));
        hint.setWrapText(true);
        VBox detail = new VBox(6, OptionsPane.heading(messages.get("report.quotes.passage")), hint, passage,
                new HBox(6, omit), OptionsPane.heading(messages.get("report.quotes.preview")), preview, attribution, omissions);
        detail.setPadding(new Insets(8));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(detail);
        scroll.setFitToWidth(true);
        root = new SplitPane(tree, scroll);
        root.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        DividerMemory.name(root, "report-quotes");
        show(null);
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        Long selected = shown == null ? null : shown.segmentId();
        TreeItem<Object> rootItem = new TreeItem<>();
        TreeItem<Object> select = null;
        TreeItem<Object> category = null;
        String categoryName = null;
        for (QuotesViewModel.QuoteGroup g : model.groups()) {
            if (category == null || !g.category().equals(categoryName)) {
                categoryName = g.category();
                category = expanded(g.category().isEmpty() ? messages.get("report.quotes.noCategory") : g.category());
                rootItem.getChildren().add(category);
            }
            TreeItem<Object> code = expanded(g);
            category.getChildren().add(code);
            for (QuoteRow r : g.quotes()) {
                TreeItem<Object> item = new TreeItem<>(r);
                code.getChildren().add(item);
                if (selected != null && r.segmentId() == selected) {
                    select = item;
                }
            }
        }
        tree.setRoot(rootItem);
        if (select == null && shown == null) {
            select = firstQuote(rootItem);
        }
        if (select != null) {
            tree.getSelectionModel().select(select);
        } else {
            show(null);
        }
    }

    /** The first passage of the tree, shown when nothing was chosen yet. */
    private static TreeItem<Object> firstQuote(TreeItem<Object> item) {
        if (item.getValue() instanceof QuoteRow) {
            return item;
        }
        for (TreeItem<Object> child : item.getChildren()) {
            TreeItem<Object> found = firstQuote(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeItem<Object> expanded(Object value) {
        TreeItem<Object> item = new TreeItem<>(value);
        item.setExpanded(true);
        return item;
    }

    private void show(QuoteRow row) {
        shown = row;
        passage.setText(row == null ? "" : row.passage());
        passage.setDisable(row == null);
        preview.getChildren().setAll(row == null ? List.of() : previewOf(row));
        attribution.setText(row == null ? "" : model.attribution(row));
        omissions.getChildren().clear();
        if (row != null) {
            for (Omission o : row.omissions()) {
                String words = row.passage().substring(o.start() - row.start(), o.end() - row.start());
                Button remove = new Button(messages.get("report.quotes.removeOmission"));
                remove.setOnAction(e -> model.removeOmission(o));
                Label label = new Label("(...) " + words);
                label.setWrapText(true);
                HBox line = new HBox(6, remove, label);
                HBox.setHgrow(label, Priority.ALWAYS);
                omissions.getChildren().add(line);
            }
        }
    }

    /** The passage's words with the omitted parts struck through and greyed. */
    private static List<Node> previewOf(QuoteRow row) {
        List<Node> out = new java.util.ArrayList<>();
        String text = row.passage();
        int at = 0;
        for (Omission o : row.omissions().stream().sorted(java.util.Comparator.comparingInt(Omission::start)).toList()) {
            int from = o.start() - row.start();
            int to = o.end() - row.start();
            out.add(new Text(text.substring(at, from)));
            Text left = new Text(text.substring(from, to));
            left.setStrikethrough(true);
            left.getStyleClass().add("omitted");
            left.setOpacity(0.5);
            out.add(left);
            at = to;
        }
        out.add(new Text(text.substring(at)));
        return out;
    }

    /** A category or code as its name; a passage as its "use in report" box, words and attribution. */
    private final class QuoteCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(null);
            if (empty || item == null) {
                return;
            }
            if (item instanceof QuoteRow r) {
                CheckBox use = new CheckBox();
                use.setSelected(r.inReport());
                use.setOnAction(e -> model.setInReport(r, use.isSelected()));
                use.getStyleClass().add("use-in-report");
                Label words = new Label(r.quote().text().replace('\n', ' '));
                words.setMaxWidth(700);
                Label who = new Label(model.attribution(r));
                who.getStyleClass().add("attribution");
                who.setOpacity(0.7);
                HBox box = new HBox(8, use, words, who);
                setGraphic(box);
            } else if (item instanceof QuotesViewModel.QuoteGroup g) {
                setText(g.code().label() + " (" + g.quotes().size() + ")");
            } else {
                setText(item.toString());
            }
        }
    }
}
