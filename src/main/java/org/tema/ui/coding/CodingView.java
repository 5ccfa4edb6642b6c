package org.tema.ui.coding;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.fxmisc.richtext.InlineCssTextArea;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;
import org.tema.ui.transcript.Mark;
import org.tema.ui.transcript.TranscriptView;

/**
 * The coding workbench: the code tree and the selected code's definition on the left, the transcript
 * with coding stripes in the middle, the coded passages and search on the right.
 */
public final class CodingView {
    private final CodingViewModel coding;
    private final Messages messages;
    private final TranscriptView transcript = new TranscriptView();
    private final TranscriptBinding binding;
    private final TextField quickCode = new TextField();
    private final SplitPane root;
    private final SearchPane search;

    public CodingView(CodingViewModel coding, CodeTreeViewModel tree, PassagesViewModel passages,
                      SearchViewModel searchModel, Messages messages) {
        this.coding = coding;
        this.messages = messages;
        this.binding = new TranscriptBinding(transcript, coding);
        CodeTreePane codes = new CodeTreePane(tree, coding, messages);
        CodePanel panel = new CodePanel(tree, messages);
        SplitPane left = new SplitPane(codes.node(), panel.node());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);
        DividerMemory.name(left, "coding-codes");
        BorderPane centre = new BorderPane(transcript.node());
        centre.setTop(toolbar());
        search = new SearchPane(searchModel, messages);
        TabPane right = new TabPane(
                new Tab(messages.get("coding.passages"), new PassagesPane(passages, tree, coding, messages).node()),
                new Tab(messages.get("coding.search"), search.node()));
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root = new SplitPane(left, centre, right);
        root.setDividerPositions(0.25, 0.77);
        DividerMemory.name(root, "coding-main");
        root.getStyleClass().add("coding-view");
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        installTranscriptGestures(transcript.area());
    }

    public Node node() {
        return root;
    }

    public TranscriptBinding binding() {
        return binding;
    }

    public TranscriptView transcript() {
        return transcript;
    }

    public void focusSearch() {
        search.focus();
    }

    private Node toolbar() {
        ComboBox<Document> documents = DocumentChooser.create(coding);
        quickCode.setPromptText(messages.get("coding.quickCode"));
        quickCode.textProperty().bindBidirectional(coding.quickCodeProperty());
        quickCode.setOnAction(e -> coding.applyQuickCode());
        quickCode.setPrefColumnCount(24);
        quickCode.getStyleClass().add("quick-code");
        Button inVivo = new Button(messages.get("coding.inVivo"), Icons.IN_VIVO.node());
        inVivo.setTooltip(new Tooltip(messages.get("coding.inVivo.tip")));
        inVivo.setOnAction(e -> coding.inVivo(transcript.selectedText()));
        Label notice = new Label();
        notice.textProperty().bind(coding.noticeProperty());
        notice.getStyleClass().add("notice");
        Label pinned = new Label();
        pinned.getStyleClass().addAll("muted", "pinned-keys");
        Runnable showPinned = () -> pinned.setText(messages.format("coding.pinnedKeys",
                String.join("  ", coding.pinned().entrySet().stream()
                        .map(e -> e.getKey() + "=" + shortLabel(e.getValue())).toList())));
        coding.pinned().addListener((javafx.collections.MapChangeListener<Integer, Code>) c -> showPinned.run());
        showPinned.run();
        pinned.setMinWidth(0);
        Tooltip allKeys = new Tooltip();
        allKeys.textProperty().bind(pinned.textProperty());
        pinned.setTooltip(allKeys);
        inVivo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        documents.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox bar = new HBox(8, documents, quickCode, inVivo, notice, space, pinned);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("pane-header");
        return bar;
    }

    private static String shortLabel(Code c) {
        if (!c.number().isEmpty()) {
            return c.number();
        }
        return c.name().length() <= 12 ? c.name() : c.name().substring(0, 11) + "…";
    }

    private void installTranscriptGestures(InlineCssTextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
                int key = e.getCode().getCode() - KeyCode.DIGIT0.getCode();
                if (e.getCode().ordinal() >= KeyCode.NUMPAD0.ordinal() && e.getCode().ordinal() <= KeyCode.NUMPAD9.ordinal()) {
                    key = e.getCode().ordinal() - KeyCode.NUMPAD0.ordinal();
                }
                coding.applyPinned(key);
                e.consume();
            }
        });
        area.setOnDragDetected(e -> {
            if (area.getSelection().getLength() > 0) {
                ClipboardContent content = new ClipboardContent();
                content.put(CodeTreePane.SELECTION, area.getSelectedText());
                area.startDragAndDrop(TransferMode.COPY).setContent(content);
                e.consume();
            }
        });
        area.setOnContextMenuRequested(e -> {
            ContextMenu menu = new ContextMenu();
            for (Mark m : coding.marksAtSelection()) {
                MenuItem remove = new MenuItem(messages.format("coding.removeCode", m.label()), Icons.REMOVE_CODE.node());
                remove.setOnAction(a -> coding.remove(m));
                menu.getItems().add(remove);
            }
            MenuItem inVivo = new MenuItem(messages.get("coding.inVivo"), Icons.IN_VIVO.node());
            inVivo.setOnAction(a -> coding.inVivo(area.getSelectedText()));
            menu.getItems().add(inVivo);
            menu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The transcript chooser shared by the phases that read a transcript. */
    public static final class DocumentChooser {
        private DocumentChooser() {
        }

        public static ComboBox<Document> create(CodingViewModel coding) {
            ComboBox<Document> box = new ComboBox<>(coding.documents());
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Document d) {
                    return d == null ? "" : d.name();
                }

                @Override
                public Document fromString(String s) {
                    return null;
                }
            });
            box.valueProperty().bindBidirectional(coding.documentProperty());
            box.setPrefWidth(230);
            return box;
        }
    }
}
