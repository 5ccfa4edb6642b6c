package org.tema.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tema.model.Offsets;
import org.tema.model.Omission;
import org.tema.model.Segment;
import org.tema.model.TextRange;
import org.tema.store.OmissionRepository;

/** Use cases of coding: put a code on a range of a transcript, take it off, annotate a coded passage. */
public final class Coding {
    private final Stores stores;
    private final History history;
    private final CoderIdentity coder;

    public Coding(Stores stores, History history, CoderIdentity coder) {
        this.stores = stores;
        this.history = history;
        this.coder = coder;
    }

    /**
     * Codes {@code [start, end)} of a document with a code. Coding the same range with the same code
     * twice keeps one passage and returns it.
     */
    public Segment apply(long documentId, long codeId, int start, int end) {
        String text = stores.documents().text(documentId);
        TextRange range = new TextRange(start, end);
        if (range.length() == 0 || !range.fitsIn(text)) {
            throw new IllegalArgumentException("The range [" + start + ", " + end + ") is empty or lies outside the text");
        }
        if (!Offsets.isBoundary(text, start) || !Offsets.isBoundary(text, end)) {
            throw new IllegalArgumentException("The range [" + start + ", " + end + ") splits a character");
        }
        stores.codes().find(codeId).orElseThrow(() -> new IllegalArgumentException("There is no code with id " + codeId));
        Optional<Segment> existing = stores.segments().find(documentId, codeId, start, end);
        if (existing.isPresent()) {
            return existing.get();
        }
        long coderId = stores.coders().obtain(coder.name()).id();
        Segment draft = new Segment(0, Guids.next(), documentId, codeId, start, end, coderId, Instant.now(), "", false);
        Segment[] saved = {null};
        history.perform(Edit.of(EditName.of(EditKey.CODING_APPLY), () -> {
            long id = stores.segments().insert(saved[0] == null ? draft : saved[0]);
            saved[0] = stores.segments().find(id).orElseThrow();
        }, () -> stores.segments().delete(saved[0].id())));
        return saved[0];
    }

    public void remove(long segmentId) {
        Segment s = get(segmentId);
        OmissionRepository omissionStore = new OmissionRepository(stores.file());
        List<Omission> omissions = omissionStore.ofSegment(segmentId);
        history.perform(Edit.of(EditName.of(EditKey.CODING_REMOVE), () -> stores.segments().delete(segmentId), () -> {
            stores.segments().insert(s);
            omissionStore.restore(omissions);
        }));
    }

    public void setMemo(long segmentId, String memo) {
        Segment s = get(segmentId);
        change(EditName.of(EditKey.CODING_MEMO), s, new Segment(s.id(), s.guid(), s.documentId(), s.codeId(), s.start(), s.end(),
                s.coderId(), s.created(), memo, s.inReport()));
    }

    /** Marks whether the passage is to be quoted in the findings report. */
    public void setInReport(long segmentId, boolean inReport) {
        Segment s = get(segmentId);
        change(EditName.of(inReport ? EditKey.CODING_USE_IN_REPORT : EditKey.CODING_LEAVE_OUT_OF_REPORT), s, new Segment(s.id(), s.guid(),
                s.documentId(), s.codeId(), s.start(), s.end(), s.coderId(), s.created(), s.memo(), inReport));
    }

    public List<Segment> ofDocument(long documentId) {
        return stores.segments().ofDocument(documentId);
    }

    public List<Segment> ofCode(long codeId) {
        return stores.segments().ofCode(codeId);
    }

    public Segment get(long segmentId) {
        return stores.segments().find(segmentId)
                .orElseThrow(() -> new IllegalArgumentException("There is no coded passage with id " + segmentId));
    }

    private void change(EditName name, Segment before, Segment after) {
        history.perform(Edit.of(name, () -> stores.segments().update(after), () -> stores.segments().update(before)));
    }
}
