package org.tema.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tema.model.Document;
import org.tema.model.Omission;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.model.TextEdit;
import org.tema.model.TextRange;
import org.tema.model.WordCount;
import org.tema.store.OmissionRepository;

/** Use cases of transcripts: add, describe, annotate, correct the text (codings kept on their words), delete. */
public final class Documents {
    private final Stores stores;
    private final History history;

    public Documents(Stores stores, History history) {
        this.stores = stores;
        this.history = history;
    }

    /** What a text edit did to the coded passages: those that lost all their words were removed. */
    public record EditResult(int shifted, List<Segment> removed) {
    }

    public List<Document> list() {
        return stores.documents().list();
    }

    public Document get(long id) {
        return stores.documents().find(id).orElseThrow(() -> new IllegalArgumentException("There is no document with id " + id));
    }

    public Document find(String name) {
        return stores.documents().findByName(name).or(() -> list().stream()
                        .filter(d -> d.originalFileName().equals(name) || d.name().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("There is no document «" + name + "»"));
    }

    public String text(long id) {
        return stores.documents().text(id);
    }

    public List<SpeakerTurn> turns(long id) {
        return stores.turns().ofDocument(id);
    }

    /**
     * Adds a transcript with its speaker turns. The text must already use LF line endings; the turns
     * must lie inside it. Returns the stored document.
     */
    public Document add(String name, String originalFileName, String format, String text, String group,
                        LocalDate interviewDate, List<SpeakerTurn> turns) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A document needs a name");
        }
        if (text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The text of «" + name + "» must be normalised to LF line endings first");
        }
        for (SpeakerTurn t : turns) {
            if (!t.range().fitsIn(text)) {
                throw new IllegalArgumentException("A speaker turn of «" + name + "» lies outside its text");
            }
        }
        Document draft = new Document(0, Guids.next(), name.strip(), originalFileName, format, WordCount.of(text),
                group, interviewDate, "");
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.DOCUMENT_ADD, draft.name()), () -> {
            id[0] = stores.documents().insert(id[0] == 0 ? draft : withId(draft, id[0]), text);
            stores.turns().insertAll(turns.stream().map(t -> new SpeakerTurn(0, id[0], t.start(), t.end(), t.speaker(),
                    t.participantId(), t.startMillis(), t.endMillis())).toList());
        }, () -> stores.documents().delete(id[0])));
        return get(id[0]);
    }

    public void setMemo(long id, String memo) {
        Document d = get(id);
        history.perform(Edit.of(EditName.of(EditKey.DOCUMENT_MEMO, d.name()), () -> stores.documents().updateMemo(id, memo),
                () -> stores.documents().updateMemo(id, d.memo())));
    }

    public void setDetails(long id, String name, String group, LocalDate interviewDate) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A document needs a name");
        }
        Document d = get(id);
        history.perform(Edit.of(EditName.of(EditKey.DOCUMENT_DETAILS, d.name()),
                () -> stores.documents().updateDetails(id, name.strip(), group, interviewDate),
                () -> stores.documents().updateDetails(id, d.name(), d.group(), d.interviewDate())));
    }

    /**
     * Replaces {@code [start, end)} of a transcript with {@code replacement}. Every coded passage and
     * speaker turn stays on its words; passages whose words were all deleted are removed and returned.
     */
    public EditResult editText(long id, int start, int end, String replacement) {
        Document d = get(id);
        String oldText = text(id);
        if (end > oldText.length()) {
            throw new IllegalArgumentException("The edit lies outside the text of «" + d.name() + "»");
        }
        TextEdit edit = new TextEdit(start, end, replacement == null ? "" : replacement.replace("\r\n", "\n").replace('\r', '\n'));
        String newText = edit.applyTo(oldText);
        List<Segment> oldSegments = stores.segments().ofDocument(id);
        List<SpeakerTurn> oldTurns = turns(id);
        List<Segment> kept = new ArrayList<>();
        List<Segment> removed = new ArrayList<>();
        int shifted = 0;
        for (Segment s : oldSegments) {
            Optional<TextRange> r = edit.adjust(s.range());
            if (r.isEmpty()) {
                removed.add(s);
            } else {
                kept.add(s.withRange(r.get()));
                shifted += r.get().equals(s.range()) ? 0 : 1;
            }
        }
        List<SpeakerTurn> newTurns = new ArrayList<>();
        for (SpeakerTurn t : oldTurns) {
            edit.adjust(t.range()).ifPresent(r -> newTurns.add(new SpeakerTurn(t.id(), t.documentId(), r.start(), r.end(),
                    t.speaker(), t.participantId(), t.startMillis(), t.endMillis())));
        }
        OmissionRepository omissionStore = new OmissionRepository(stores.file());
        List<Omission> oldOmissions = omissionStore.ofDocument(id);
        List<Omission> newOmissions = adjustOmissions(edit, oldOmissions, kept);
        history.perform(Edit.of(EditName.of(EditKey.DOCUMENT_TEXT, d.name()), () -> {
            replaceText(id, newText, kept, removed, newTurns);
            omissionStore.deleteOfDocument(id);
            omissionStore.restore(newOmissions);
        }, () -> {
            replaceText(id, oldText, oldSegments, List.of(), oldTurns);
            omissionStore.deleteOfDocument(id);
            omissionStore.restore(oldOmissions);
        }));
        return new EditResult(shifted, removed);
    }

    /** Where the omissions lie after a text edit: moved with their words, kept inside their passage, dropped when gone. */
    private static List<Omission> adjustOmissions(TextEdit edit, List<Omission> omissions, List<Segment> keptSegments) {
        List<Omission> out = new ArrayList<>();
        for (Omission o : omissions) {
            Optional<Segment> passage = keptSegments.stream().filter(s -> s.id() == o.segmentId()).findFirst();
            Optional<TextRange> moved = edit.adjust(o.range());
            if (passage.isEmpty() || moved.isEmpty()) {
                continue;
            }
            TextRange p = passage.get().range();
            int start = Math.max(moved.get().start(), p.start());
            int end = Math.min(moved.get().end(), p.end());
            if (end > start && !(start == p.start() && end == p.end())) {
                out.add(new Omission(o.segmentId(), start, end));
            }
        }
        return out;
    }

    private void replaceText(long id, String text, List<Segment> segments, List<Segment> removed, List<SpeakerTurn> turns) {
        stores.documents().updateText(id, text, WordCount.of(text));
        removed.forEach(s -> stores.segments().delete(s.id()));
        for (Segment s : segments) {
            if (stores.segments().find(s.id()).isPresent()) {
                stores.segments().update(s);
            } else {
                stores.segments().insert(s);
            }
        }
        stores.turns().deleteOfDocument(id);
        turns.forEach(stores.turns()::insert);
    }

    /** Deletes a transcript with its speaker turns and coded passages (undo brings all back). */
    public void delete(long id) {
        Document d = get(id);
        String text = text(id);
        List<SpeakerTurn> turns = turns(id);
        List<Segment> segments = stores.segments().ofDocument(id);
        OmissionRepository omissionStore = new OmissionRepository(stores.file());
        List<Omission> omissions = omissionStore.ofDocument(id);
        history.perform(Edit.of(EditName.of(EditKey.DOCUMENT_DELETE, d.name()), () -> stores.documents().delete(id), () -> {
            stores.documents().insert(d, text);
            turns.forEach(stores.turns()::insert);
            segments.forEach(stores.segments()::insert);
            omissionStore.restore(omissions);
        }));
    }

    private static Document withId(Document d, long id) {
        return new Document(id, d.guid(), d.name(), d.originalFileName(), d.format(), d.wordCount(), d.group(),
                d.interviewDate(), d.memo());
    }
}
