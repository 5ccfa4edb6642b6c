package org.tema.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;
import org.tema.model.WordCount;

/**
 * The speaker review: the labels found in the transcripts with their participants and how much
 * each said; renaming a label, merging two labels that are the same person, and marking the
 * interviewer. Every change is one undoable edit.
 */
public final class Speakers {
    /** One speaker label: the participant it is matched to (if any), and its turns and words in all transcripts. */
    public record Speaker(String label, Long participantId, String participant, boolean interviewer, int turns, int words) {
    }

    private final Stores stores;
    private final History history;
    private final Participants participants;

    public Speakers(Project project) {
        this.stores = project.stores();
        this.history = project.history();
        this.participants = project.participants();
    }

    /** Every label, in the order first met. */
    public List<Speaker> list() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Long> participantOf = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (SpeakerTurn t : stores.turns().list()) {
            String text = texts.computeIfAbsent(t.documentId(), stores.documents()::text);
            int[] c = counts.computeIfAbsent(t.speaker(), k -> new int[2]);
            c[0]++;
            c[1] += WordCount.of(text.substring(t.start(), t.end()));
            if (t.participantId() != null) {
                participantOf.putIfAbsent(t.speaker(), t.participantId());
            }
        }
        List<Speaker> out = new ArrayList<>();
        counts.forEach((label, c) -> {
            Optional<Participant> p = Optional.ofNullable(participantOf.get(label)).flatMap(stores.participants()::find);
            out.add(new Speaker(label, p.map(Participant::id).orElse(null), p.map(Participant::pseudonym).orElse(""),
                    p.map(Participant::interviewer).orElse(false), c[0], c[1]));
        });
        return out;
    }

    public Speaker get(String label) {
        return list().stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no speaker «" + label + "» in the transcripts"));
    }

    /**
     * Renames a label in every transcript. When another speaker already has the new name, the two
     * become one (as {@link #merge}); otherwise the label's participant takes the new name too.
     */
    public void rename(String label, String newLabel) {
        if (newLabel == null || newLabel.isBlank()) {
            throw new IllegalArgumentException("A speaker needs a name");
        }
        Speaker s = get(label);
        String target = newLabel.strip();
        Optional<Speaker> existing = list().stream().filter(x -> x.label().equals(target)).findFirst();
        Long participantId = existing.map(Speaker::participantId)
                .or(() -> stores.participants().findByPseudonym(target).map(Participant::id))
                .orElse(s.participantId());
        Participant renamed = existing.isEmpty() && participantId != null && participantId.equals(s.participantId())
                && stores.participants().findByPseudonym(target).isEmpty() ? stores.participants().find(participantId).orElse(null) : null;
        history.perform(new RelabelEdit(stores, EditName.of(EditKey.SPEAKER_RENAME, label, target), label, target,
                participantId, renamed, s.participantId()));
    }

    /** Makes {@code label} the same person as {@code intoLabel}: its turns take that label and participant. */
    public void merge(String label, String intoLabel) {
        Speaker from = get(label);
        Speaker into = get(intoLabel);
        if (from.label().equals(into.label())) {
            throw new IllegalArgumentException("A speaker cannot be merged with itself");
        }
        history.perform(new RelabelEdit(stores, EditName.of(EditKey.SPEAKER_MERGE, label, intoLabel), label, intoLabel,
                into.participantId(), null, from.participantId()));
    }

    /** Marks (or unmarks) the participant of a label as the interviewer. */
    public void markInterviewer(String label, boolean interviewer) {
        Speaker s = get(label);
        if (s.participantId() == null) {
            throw new IllegalArgumentException("The speaker «" + label + "» is not matched to a participant");
        }
        Participant p = participants.get(s.participantId());
        participants.update(new Participant(p.id(), p.guid(), p.pseudonym(), p.group(), interviewer, p.memo()));
    }
}
