package org.tema.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Segment;

/** The words of coded passages: each document's text is read once however many passages it has. */
public final class PassageTexts {
    private final Stores stores;

    public PassageTexts(Stores stores) {
        this.stores = stores;
    }

    /** A coded passage with its words. */
    public record Passage(Segment segment, String text) {
    }

    public List<Passage> of(List<Segment> segments) {
        Map<Long, String> texts = new HashMap<>();
        List<Passage> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            String text = texts.computeIfAbsent(s.documentId(), stores.documents()::text);
            out.add(new Passage(s, text.substring(s.start(), s.end())));
        }
        return out;
    }
}
