package org.tema.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/**
 * Adds one imported transcript: its document, its speaker turns, and a participant for each
 * speaker that has none yet (interviewers flagged, others given the import's group). Undo removes
 * the document and the participants it created; redo brings back the same rows.
 */
final class AddTranscriptEdit implements Edit {
    private final Stores stores;
    private final Document draft;
    private final String text;
    private final List<SpeakerTurn> turns;
    private final ImportOptions options;
    private final List<Participant> created = new ArrayList<>();
    private long documentId;

    AddTranscriptEdit(Stores stores, Document draft, String text, List<SpeakerTurn> turns, ImportOptions options) {
        this.stores = stores;
        this.draft = draft;
        this.text = text;
        this.turns = turns;
        this.options = options;
    }

    @Override
    public EditName editName() {
        return EditName.of(EditKey.TRANSCRIPT_IMPORT, draft.name());
    }

    @Override
    public void apply() {
        boolean redo = documentId != 0;
        Map<String, Long> participantOf = redo ? recreateParticipants() : matchParticipants();
        documentId = stores.documents().insert(redo ? withId(draft, documentId) : draft, text);
        List<SpeakerTurn> stored = new ArrayList<>(turns.size());
        for (SpeakerTurn t : turns) {
            stored.add(new SpeakerTurn(0, documentId, t.start(), t.end(), t.speaker(), participantOf.get(t.speaker()),
                    t.startMillis(), t.endMillis()));
        }
        stores.turns().insertAll(stored);
    }

    @Override
    public void revert() {
        stores.documents().delete(documentId);
        for (int i = created.size() - 1; i >= 0; i--) {
            stores.participants().delete(created.get(i).id());
        }
    }

    long documentId() {
        return documentId;
    }

    private Map<String, Long> matchParticipants() {
        SpeakerMatcher matcher = new SpeakerMatcher(stores);
        Map<String, Long> ids = new HashMap<>();
        for (SpeakerTurn t : turns) {
            String label = t.speaker();
            if (ids.containsKey(label)) {
                continue;
            }
            String name = options.participantName(label);
            Participant p = matcher.find(name).orElseGet(() -> {
                boolean interviewer = SpeakerMatcher.isInterviewer(label, options);
                Participant draftP = new Participant(0, Guids.next(), name, interviewer ? "" : options.group(), interviewer, "");
                Participant saved = new Participant(stores.participants().insert(draftP), draftP.guid(), name,
                        draftP.group(), interviewer, "");
                created.add(saved);
                matcher.add(saved);
                return saved;
            });
            ids.put(label, p.id());
        }
        return ids;
    }

    private Map<String, Long> recreateParticipants() {
        created.forEach(stores.participants()::insert);
        SpeakerMatcher matcher = new SpeakerMatcher(stores);
        Map<String, Long> ids = new HashMap<>();
        for (SpeakerTurn t : turns) {
            matcher.find(options.participantName(t.speaker())).ifPresent(p -> ids.put(t.speaker(), p.id()));
        }
        return ids;
    }

    private static Document withId(Document d, long id) {
        return new Document(id, d.guid(), d.name(), d.originalFileName(), d.format(), d.wordCount(), d.group(),
                d.interviewDate(), d.memo());
    }
}
