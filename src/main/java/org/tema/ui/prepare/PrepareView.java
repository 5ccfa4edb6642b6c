package org.tema.ui.prepare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tema.model.Document;
import org.tema.ui.coding.TranscriptBinding;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;
import org.tema.ui.transcript.TranscriptView;

/** Preparation: the transcripts, one of them to read, and beside it its memo, the journal and candidate themes. */
public final class PrepareView {
    private final SplitPane root;
    private final TranscriptView transcript = new TranscriptView();
    private final TranscriptBinding binding;

    public PrepareView(PrepareViewModel prepare, Messages messages) {
        binding = new TranscriptBinding(transcript, prepare.reading());
        transcript.setShowStripes(false);
        ListView<Document> documents = new ListView<>(prepare.reading().documents());
        documents.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Document d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(d.name(), Icons.PREPARE.node());
                Label words = new Label(messages.format("prepare.words", d.wordCount())
                        + (d.group() == null || d.group().isBlank() ? "" : " · " + d.group()));
                words.getStyleClass().add("muted");
                setGraphic(new VBox(2, name, words));
            }
        });
        documents.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null && (prepare.reading().documentProperty().get() == null
                    || prepare.reading().documentProperty().get().id() != d.id())) {
                prepare.reading().documentProperty().set(d);
            }
        });
        prepare.reading().documentProperty().addListener((o, a, d) -> selectIn(documents, d));
        prepare.reading().documents().addListener((javafx.collections.ListChangeListener<Document>) c ->
                selectIn(documents, prepare.reading().documentProperty().get()));
        selectIn(documents, prepare.reading().documentProperty().get());
        Label empty = new Label(messages.get("prepare.noDocuments"));
        empty.setWrapText(true);
        documents.setPlaceholder(empty);
        BorderPane left = titled(messages.get("prepare.documents"), documents);

        Button correct = new Button(messages.get("prepare.editText"), Icons.RENAME.node());
        correct.setOnAction(e -> correct(prepare, messages));
        correct.disableProperty().bind(prepare.reading().selectionEndProperty().isEqualTo(prepare.reading().selectionStartProperty()));
        Label notice = new Label();
        notice.textProperty().bind(prepare.noticeProperty());
        notice.getStyleClass().add("notice");
        HBox bar = new HBox(8, correct, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("pane-header");
        BorderPane centre = new BorderPane(transcript.node());
        centre.setTop(bar);

        TextArea memo = new TextArea();
        memo.setWrapText(true);
        memo.setPromptText(messages.get("prepare.memo.prompt"));
        memo.textProperty().bindBidirectional(prepare.memoProperty());
        memo.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                prepare.storeMemo();
            }
        });
        TabPane right = new TabPane(new Tab(messages.get("prepare.memo"), memo),
                new Tab(messages.get("prepare.journal"), new JournalPane(prepare, messages).node()),
                new Tab(messages.get("prepare.themes"), new ThemesPane(prepare, messages).node()));
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root = new SplitPane(left, centre, right);
        root.setDividerPositions(0.18, 0.7);
        DividerMemory.name(root, "prepare-main");
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
    }

    public Node node() {
        return root;
    }

    public TranscriptBinding binding() {
        return binding;
    }

    private void correct(PrepareViewModel prepare, Messages messages) {
        int s = prepare.reading().selectionStartProperty().get();
        int e = prepare.reading().selectionEndProperty().get();
        String old = transcript.selectedText();
        TextInputDialog d = new TextInputDialog(old);
        d.initOwner(root.getScene().getWindow());
        d.setTitle(messages.get("prepare.editText.title"));
        d.setHeaderText(messages.format("prepare.editText.header", old.length() > 60 ? old.substring(0, 60) + "…" : old));
        d.showAndWait().filter(r -> !r.equals(old)).ifPresent(r -> prepare.correctText(s, e, r));
    }

    private static void selectIn(ListView<Document> list, Document d) {
        if (d == null) {
            return;
        }
        list.getItems().stream().filter(x -> x.id() == d.id()).findFirst().ifPresent(x -> {
            if (list.getSelectionModel().getSelectedItem() != x) {
                list.getSelectionModel().select(x);
            }
        });
    }

    static BorderPane titled(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("pane-title");
        HBox header = new HBox(l);
        header.getStyleClass().add("pane-header");
        header.setPadding(new Insets(6, 8, 6, 8));
        BorderPane p = new BorderPane(content);
        p.setTop(header);
        return p;
    }
}
