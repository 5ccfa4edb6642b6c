package org.tema.app;

import java.util.List;
import org.tema.model.Offsets;
import org.tema.model.Omission;
import org.tema.model.Segment;
import org.tema.model.TextRange;
import org.tema.store.OmissionRepository;

/**
 * Use cases of omissions: mark a part of a coded passage to be left out when it is quoted (printed
 * {@code (...)} in the report), or take the mark off. Both can be undone.
 */
public final class Omissions {
    private final Stores stores;
    private final OmissionRepository omissions;
    private final History history;

    public Omissions(Stores stores, History history) {
        this.stores = stores;
        this.omissions = new OmissionRepository(stores.file());
        this.history = history;
    }

    public List<Omission> of(long segmentId) {
        return omissions.ofSegment(segmentId);
    }

    /**
     * Leaves {@code [start, end)} (offsets of the document's text) out of the passage's quote. The range
     * must lie inside the passage, not be the whole passage, and not overlap another omission.
     */
    public Omission add(long segmentId, int start, int end) {
        Segment s = stores.segments().find(segmentId)
                .orElseThrow(() -> new IllegalArgumentException("There is no coded passage with id " + segmentId));
        TextRange range = new TextRange(start, end);
        if (range.length() == 0 || !s.range().contains(range)) {
            throw new IllegalArgumentException("The omission [" + start + ", " + end + ") must lie inside its passage ["
                    + s.start() + ", " + s.end() + ")");
        }
        if (range.equals(s.range())) {
            throw new IllegalArgumentException("An omission cannot leave out the whole passage");
        }
        String text = stores.documents().text(s.documentId());
        if (!Offsets.isBoundary(text, start) || !Offsets.isBoundary(text, end)) {
            throw new IllegalArgumentException("The omission [" + start + ", " + end + ") splits a character");
        }
        if (of(segmentId).stream().anyMatch(o -> o.range().overlaps(range))) {
            throw new IllegalArgumentException("The omission [" + start + ", " + end + ") overlaps another omission of the passage");
        }
        Omission o = new Omission(segmentId, start, end);
        history.perform(Edit.of(EditName.of(EditKey.OMISSION_ADD), () -> omissions.insert(o), () -> omissions.delete(o)));
        return o;
    }

    public void remove(Omission o) {
        if (!of(o.segmentId()).contains(o)) {
            throw new IllegalArgumentException("The passage " + o.segmentId() + " has no omission at [" + o.start() + ", " + o.end() + ")");
        }
        history.perform(Edit.of(EditName.of(EditKey.OMISSION_REMOVE), () -> omissions.delete(o), () -> omissions.insert(o)));
    }
}
