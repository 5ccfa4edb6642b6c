package org.tema.ui.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.TextRange;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.transcript.Mark;
import org.tema.ui.transcript.SpeakerSpan;

/**
 * The coding workbench: the open transcript, the selection, and the ways to put codes on it (a code
 * from the tree, the quick-code box, keys 1-9, in vivo) or take them off. After every change of the
 * project it reloads the transcript's passages and publishes only what changed.
 */
public final class CodingViewModel {
    public static final int PINNED_KEYS = PinnedKeys.KEYS;
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final CodeTreeViewModel tree;
    private final Messages messages;
    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentContent> content = new SimpleObjectProperty<>();
    private final ObjectProperty<Document> details = new SimpleObjectProperty<>();
    private final ObjectProperty<MarkChange> markChange = new SimpleObjectProperty<>();
    private final IntegerProperty selectionStart = new SimpleIntegerProperty();
    private final IntegerProperty selectionEnd = new SimpleIntegerProperty();
    private final StringProperty quickCode = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final PinnedKeys pinned;
    private final ObjectProperty<TextRange> reveal = new SimpleObjectProperty<>();
    private TextRange revealAfterLoad;

    /** A workbench whose pinned keys start from the code tree each time. */
    public CodingViewModel(ProjectSession session, CodeTreeViewModel tree, Messages messages) {
        this(session, tree, messages, PinnedKeys.Memory.NONE);
    }

    /** A workbench whose pinned keys are kept in {@code pins} between sessions. */
    public CodingViewModel(ProjectSession session, CodeTreeViewModel tree, Messages messages, PinnedKeys.Memory pins) {
        this.session = session;
        this.tree = tree;
        this.messages = messages;
        this.pinned = new PinnedKeys(pins);
        document.addListener((o, a, d) -> load(d));
        changes = session.onChange(this::refresh);
        tree.codes().addListener((javafx.collections.ListChangeListener<CodeNode>) c -> pinned.update(tree.codes()));
        pinned.update(tree.codes());
        refresh();
    }

    public ObservableList<Document> documents() {
        return documents;
    }

    public ObjectProperty<Document> documentProperty() {
        return document;
    }

    /** The transcript as loaded; replaced when another transcript is opened. */
    public ObjectProperty<DocumentContent> contentProperty() {
        return content;
    }

    /** The open transcript's metadata as last stored (its memo, name, group), updated after every change. */
    public ObjectProperty<Document> detailsProperty() {
        return details;
    }

    /** The passages after the latest change, with the range to repaint. */
    public ObjectProperty<MarkChange> markChangeProperty() {
        return markChange;
    }

    public IntegerProperty selectionStartProperty() {
        return selectionStart;
    }

    public IntegerProperty selectionEndProperty() {
        return selectionEnd;
    }

    public StringProperty quickCodeProperty() {
        return quickCode;
    }

    /** A short message for the user, such as why a code could not be applied. */
    public StringProperty noticeProperty() {
        return notice;
    }

    /** The codes on keys 1-9, by key; keys without a code are absent. */
    public javafx.collections.ObservableMap<Integer, Code> pinned() {
        return pinned.shown();
    }

    /** The key 1-9 a code is pinned to, if any. */
    public java.util.Optional<Integer> pinnedKeyOf(Code code) {
        return pinned.keyOf(code);
    }

    public List<Mark> marks() {
        DocumentContent c = content.get();
        return markChange.get() != null ? markChange.get().marks() : c == null ? List.of() : c.marks();
    }

    /** A range the view should select and scroll to (a search hit, a passage from the list). */
    public ObjectProperty<TextRange> revealProperty() {
        return reveal;
    }

    /** Opens a transcript if needed, then selects and shows a range of it. */
    public void reveal(long documentId, int start, int end) {
        TextRange r = new TextRange(start, end);
        if (content.get() != null && content.get().document().id() == documentId) {
            reveal.set(null);
            reveal.set(r);
            select(start, end);
            return;
        }
        documents.stream().filter(d -> d.id() == documentId).findFirst().ifPresent(d -> {
            revealAfterLoad = r;
            document.set(d);
        });
    }

    public void select(int start, int end) {
        selectionStart.set(Math.min(start, end));
        selectionEnd.set(Math.max(start, end));
    }

    /** Codes the selected words with a code. */
    public void apply(Code code) {
        Document d = document.get();
        int s = selectionStart.get();
        int e = selectionEnd.get();
        if (d == null || code == null) {
            return;
        }
        if (e <= s) {
            notice.set(messages.get("coding.selectFirst"));
            return;
        }
        notice.set("");
        session.edit(p -> p.coding().apply(d.id(), code.id(), s, e), seg -> { });
    }

    /** Applies the code that best matches the quick-code box and clears it. */
    public void applyQuickCode() {
        tree.bestMatch(quickCode.get()).ifPresentOrElse(c -> {
            apply(c);
            quickCode.set("");
        }, () -> notice.set(messages.format("coding.noSuchCode", quickCode.get())));
    }

    /** Applies the code pinned to key {@code key} (1-9). */
    public void applyPinned(int key) {
        pinned.on(key).ifPresent(this::apply);
    }

    /** Pins a code to a key 1-9; if it was on another key, the code that held this key moves there. */
    public void pin(Code code, int key) {
        pinned.pin(code, key);
    }

    /** Takes the code off a key 1-9. */
    public void unpin(int key) {
        pinned.unpin(key);
    }

    /** Makes a new code named by the selected words and codes them with it. */
    public void inVivo(String selectedText) {
        Document d = document.get();
        int s = selectionStart.get();
        int e = selectionEnd.get();
        String name = InVivo.name(selectedText);
        if (d == null || e <= s || name.isEmpty()) {
            notice.set(messages.get("coding.selectFirst"));
            return;
        }
        session.edit(p -> {
            Code c = p.codeBook().add(null, "", name);
            p.coding().apply(d.id(), c.id(), s, e);
            return c;
        }, c -> tree.selectedProperty().set(c));
    }

    public void remove(Mark mark) {
        session.edit(p -> p.coding().remove(mark.segmentId()));
    }

    /** The passages that cover the selection or the caret. */
    public List<Mark> marksAtSelection() {
        int s = selectionStart.get();
        int e = selectionEnd.get();
        return marks().stream().filter(m -> e > s ? m.start() < e && m.end() > s : m.start() <= s && s < m.end()).toList();
    }

    private void refresh() {
        Document open = document.get();
        session.read(p -> new Refresh(p.documents().list(), open == null ? null : loadContent(p, open.id())), r -> {
            documents.setAll(r.documents());
            DocumentContent shown = content.get();
            if (r.content() != null && shown != null && shown.document().id() == r.content().document().id()) {
                details.set(r.content().document());
                if (!shown.text().equals(r.content().text()) || !shown.speakers().equals(r.content().speakers())) {
                    markChange.set(null);
                    content.set(r.content());
                } else {
                    MarkChange.between(marks(), r.content().marks()).ifPresent(markChange::set);
                }
            }
            if (document.get() == null && !documents.isEmpty()) {
                document.set(documents.get(0));
            } else if (open != null && documents.stream().noneMatch(x -> x.id() == open.id())) {
                document.set(documents.isEmpty() ? null : documents.get(0));
            }
        });
    }

    private record Refresh(List<Document> documents, DocumentContent content) {
    }

    private void load(Document d) {
        markChange.set(null);
        if (d == null) {
            content.set(null);
            details.set(null);
            return;
        }
        session.read(p -> loadContent(p, d.id()), c -> {
            markChange.set(null);
            select(0, 0);
            content.set(c);
            details.set(c.document());
            if (revealAfterLoad != null) {
                TextRange r = revealAfterLoad;
                revealAfterLoad = null;
                reveal(c.document().id(), r.start(), r.end());
            }
        });
    }

    /** For the workbench benchmark: reads a transcript as {@link #documentProperty()} does. */
    public static DocumentContent loadContentForBench(Project p, long documentId) {
        return loadContent(p, documentId);
    }

    static DocumentContent loadContent(Project p, long documentId) {
        Set<Long> interviewers = p.participants().list().stream().filter(Participant::interviewer)
                .map(Participant::id).collect(Collectors.toSet());
        String text = p.documents().text(documentId);
        return new DocumentContent(p.documents().get(documentId), text,
                SpeakerSpan.of(text, p.documents().turns(documentId), interviewers), marksOf(p, documentId));
    }

    static List<Mark> marksOf(Project p, long documentId) {
        Map<Long, Code> codes = p.codeBook().codes().stream().collect(Collectors.toMap(Code::id, Function.identity()));
        return Marks.of(p.coding().ofDocument(documentId), codes);
    }
}
