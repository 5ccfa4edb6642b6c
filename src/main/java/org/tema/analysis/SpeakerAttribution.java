package org.tema.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.CodedPassage;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/**
 * Says who said a coded passage: the speaker turn that contains the passage's start or, when the
 * start lies outside every turn (on a speaker label, say), the first turn that begins inside the
 * passage; then that turn's participant, whether they interviewed, and their group.
 */
public final class SpeakerAttribution {
    private SpeakerAttribution() {
    }

    /** The passages with their turn, speaker, participant, interviewer flag and participant's group filled in. */
    public static List<CodedPassage> attribute(List<CodedPassage> passages, List<SpeakerTurn> turns,
                                               Collection<Participant> participants) {
        Map<Long, List<SpeakerTurn>> byDocument = new HashMap<>();
        turns.forEach(t -> byDocument.computeIfAbsent(t.documentId(), k -> new ArrayList<>()).add(t));
        byDocument.values().forEach(list -> list.sort((a, b) -> Integer.compare(a.start(), b.start())));
        Map<Long, Participant> people = new HashMap<>();
        participants.forEach(p -> people.put(p.id(), p));
        List<CodedPassage> out = new ArrayList<>(passages.size());
        for (CodedPassage p : passages) {
            SpeakerTurn t = turnOf(byDocument.getOrDefault(p.documentId(), List.of()), p);
            Participant who = t == null || t.participantId() == null ? null : people.get(t.participantId());
            out.add(new CodedPassage(p.segmentId(), p.documentId(), p.codeId(), p.start(), p.end(), p.coderId(),
                    t == null ? null : t.id(), t == null ? "" : t.speaker(), who == null ? null : who.id(),
                    who != null && who.interviewer(), who == null ? "" : who.group(), p.documentGroup()));
        }
        return out;
    }

    /** The turn of a passage among one document's turns sorted by start, or null. */
    static SpeakerTurn turnOf(List<SpeakerTurn> sorted, CodedPassage p) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int last = -1; // the last turn starting at or before the passage
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= p.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (last >= 0 && sorted.get(last).end() > p.start()) {
            return sorted.get(last);
        }
        int next = last + 1;
        return next < sorted.size() && sorted.get(next).start() < p.end() ? sorted.get(next) : null;
    }
}
