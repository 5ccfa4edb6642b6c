package org.tema.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/**
 * Gives every turn of one speaker label a new label and participant. A participant given the new
 * name is renamed; the old participant, when left with no turns, no facts and no memo, is removed.
 * Undo puts the turns and participants back as they were.
 */
final class RelabelEdit implements Edit {
    private final Stores stores;
    private final EditName name;
    private final String label;
    private final String newLabel;
    private final Long participantId;
    private final Participant renamed;
    private final Long oldParticipantId;
    private final Map<Long, List<SpeakerTurn>> before = new LinkedHashMap<>();
    private Participant removed;

    RelabelEdit(Stores stores, EditName name, String label, String newLabel, Long participantId, Participant renamed,
                Long oldParticipantId) {
        this.stores = stores;
        this.name = name;
        this.label = label;
        this.newLabel = newLabel;
        this.participantId = participantId;
        this.renamed = renamed;
        this.oldParticipantId = oldParticipantId;
    }

    @Override
    public EditName editName() {
        return name;
    }

    @Override
    public void apply() {
        before.clear();
        stores.turns().list().stream().filter(t -> t.speaker().equals(label)).map(SpeakerTurn::documentId).distinct()
                .forEach(doc -> before.put(doc, stores.turns().ofDocument(doc)));
        before.forEach((doc, turns) -> {
            List<SpeakerTurn> changed = new ArrayList<>();
            for (SpeakerTurn t : turns) {
                changed.add(t.speaker().equals(label) ? new SpeakerTurn(t.id(), doc, t.start(), t.end(), newLabel,
                        participantId, t.startMillis(), t.endMillis()) : t);
            }
            replace(doc, changed);
        });
        if (renamed != null) {
            stores.participants().update(new Participant(renamed.id(), renamed.guid(), newLabel, renamed.group(),
                    renamed.interviewer(), renamed.memo()));
        }
        removed = null;
        if (oldParticipantId != null && !oldParticipantId.equals(participantId) && unused(oldParticipantId)) {
            removed = stores.participants().find(oldParticipantId).orElseThrow();
            stores.participants().delete(oldParticipantId);
        }
    }

    @Override
    public void revert() {
        if (removed != null) {
            stores.participants().insert(removed);
        }
        if (renamed != null) {
            stores.participants().update(renamed);
        }
        before.forEach(this::replace);
    }

    private boolean unused(long id) {
        Participant p = stores.participants().find(id).orElse(null);
        return p != null && p.memo().isEmpty() && stores.participants().valuesOf(id).isEmpty()
                && stores.turns().list().stream().noneMatch(t -> Long.valueOf(id).equals(t.participantId()));
    }

    private void replace(long doc, List<SpeakerTurn> turns) {
        stores.turns().deleteOfDocument(doc);
        stores.turns().insertAll(turns);
    }
}
