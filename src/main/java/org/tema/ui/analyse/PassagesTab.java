package org.tema.ui.analyse;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Messages;

/** The Passages tab: a code or category chooser, its passages from all transcripts, and the code's summary beside them. */
final class PassagesTab {
    private final BorderPane root = new BorderPane();

    PassagesTab(RetrievalViewModel model, FilterModel filter, Messages messages, PassageNavigator navigator) {
        ComboBox<Subject> subject = new ComboBox<>(model.subjects());
        subject.getStyleClass().add("analysis-subject");
        subject.setPromptText(messages.get("analyse.subject.prompt"));
        subject.setCellFactory(l -> new SubjectCell(messages));
        subject.setButtonCell(new SubjectCell(messages));
        subject.valueProperty().bindBidirectional(model.subjectProperty());
        subject.setPrefWidth(320);
        Label count = new Label();
        count.getStyleClass().add("muted");
        model.passages().addListener((javafx.collections.ListChangeListener<Object>) c ->
                count.setText(messages.format("analyse.passages.count", model.passages().size())));
        HBox chooser = new HBox(8, new Label(messages.get("analyse.subject")), subject, count);
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.setPadding(new Insets(6, 8, 6, 8));
        SummaryEditor summary = new SummaryEditor(messages.get("analyse.summary.code"), model.summary(), model::saveSummary);
        summary.area().disableProperty().bind(model.summaryEditableProperty().not());
        summary.area().setPromptText(messages.get("analyse.summary.prompt"));
        SplitPane split = new SplitPane(new PassageTable(model.passages(), messages, navigator).node(), pad(summary.node()));
        split.setDividerPositions(0.7);
        DividerMemory.name(split, "analysis-passages");
        root.setTop(new VBox(new FilterBar(filter, messages).node(), chooser));
        root.setCenter(split);
    }

    Node node() {
        return root;
    }

    static Node pad(Node n) {
        VBox box = new VBox(n);
        VBox.setVgrow(n, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static final class SubjectCell extends ListCell<Subject> {
        private final Messages messages;

        SubjectCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Subject item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.isCode() ? item.label() : messages.format("analyse.subject.category", item.label()));
        }
    }
}
