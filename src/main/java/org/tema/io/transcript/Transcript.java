package org.tema.io.transcript;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tema.model.SpeakerTurn;

/**
 * A transcript ready to store: its text (LF line endings), its format, and its speaker turns (not
 * yet tied to a document or participants, so ids are 0 and participants null).
 */
public record Transcript(String text, String format, List<SpeakerTurn> turns) {
    public Transcript {
        turns = List.copyOf(turns);
    }

    /** The distinct speaker labels, sorted. */
    public Set<String> speakers() {
        Set<String> labels = new TreeSet<>();
        turns.forEach(t -> labels.add(t.speaker()));
        return labels;
    }
}
