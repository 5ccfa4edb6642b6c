package org.tema.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tema.model.SpeakerTurn;

/** A speaker turn as the transcript shows it: the speaker's label, then the spoken words. */
public record SpeakerSpan(int labelStart, int start, int end, String speaker, boolean interviewer) {

    /** Turns to spans; the label runs from the start of the turn's line to its words. */
    public static List<SpeakerSpan> of(String text, List<SpeakerTurn> turns, Set<Long> interviewerIds) {
        List<SpeakerSpan> out = new ArrayList<>(turns.size());
        for (SpeakerTurn t : turns) {
            int lineStart = t.start() == 0 ? 0 : text.lastIndexOf('\n', t.start() - 1) + 1;
            boolean interviewer = t.participantId() != null && interviewerIds.contains(t.participantId());
            out.add(new SpeakerSpan(lineStart, t.start(), t.end(), t.speaker(), interviewer));
        }
        return out;
    }
}
