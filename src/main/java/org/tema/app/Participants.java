package org.tema.app;

import java.util.List;
import java.util.Optional;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.AttributeValue;
import org.tema.model.Participant;

/** Use cases of participants (cases) and their typed attributes. */
public final class Participants {
    private final Stores stores;
    private final History history;

    public Participants(Stores stores, History history) {
        this.stores = stores;
        this.history = history;
    }

    public List<Participant> list() {
        return stores.participants().list();
    }

    public Participant get(long id) {
        return stores.participants().find(id).orElseThrow(() -> new IllegalArgumentException("There is no participant with id " + id));
    }

    public Optional<Participant> find(String pseudonym) {
        return stores.participants().findByPseudonym(pseudonym);
    }

    public Participant add(String pseudonym, String group, boolean interviewer) {
        if (pseudonym == null || pseudonym.isBlank()) {
            throw new IllegalArgumentException("A participant needs a pseudonym");
        }
        if (find(pseudonym.strip()).isPresent()) {
            throw new IllegalArgumentException("There is already a participant «" + pseudonym.strip() + "»");
        }
        Participant draft = new Participant(0, Guids.next(), pseudonym.strip(), group, interviewer, "");
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.PARTICIPANT_ADD, draft.pseudonym()), () -> id[0] = stores.participants().insert(
                id[0] == 0 ? draft : new Participant(id[0], draft.guid(), draft.pseudonym(), group, interviewer, "")),
                () -> stores.participants().delete(id[0])));
        return get(id[0]);
    }

    /** Changes pseudonym, group, interviewer flag and memo. */
    public void update(Participant changed) {
        Participant old = get(changed.id());
        history.perform(Edit.of(EditName.of(EditKey.PARTICIPANT_EDIT, old.pseudonym()),
                () -> stores.participants().update(changed), () -> stores.participants().update(old)));
    }

    public List<Attribute> attributes() {
        return stores.participants().attributes();
    }

    public List<AttributeValue> values(long participantId) {
        return stores.participants().valuesOf(participantId);
    }

    /** The attribute of this name, defined with {@code type} when it does not exist yet. */
    public Attribute defineAttribute(String name, AttributeType type) {
        Optional<Attribute> existing = stores.participants().findAttribute(name.strip());
        if (existing.isPresent()) {
            return existing.get();
        }
        Attribute draft = new Attribute(0, Guids.next(), name.strip(), type);
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.ATTRIBUTE_ADD, draft.name()), () -> id[0] = stores.participants().insertAttribute(
                id[0] == 0 ? draft : new Attribute(id[0], draft.guid(), draft.name(), type)),
                () -> stores.participants().deleteAttribute(id[0])));
        return stores.participants().findAttribute(draft.name()).orElseThrow();
    }

    /** Sets a participant's value of an attribute, checked against its type; null clears it. */
    public void setValue(long participantId, Attribute attribute, String value) {
        String canonical = value == null ? null : attribute.type().canonical(value);
        Participant p = get(participantId);
        String old = stores.participants().value(participantId, attribute.id()).orElse(null);
        history.perform(Edit.of(EditName.of(EditKey.ATTRIBUTE_SET_VALUE, attribute.name(), p.pseudonym()),
                () -> stores.participants().setValue(participantId, attribute.id(), canonical),
                () -> stores.participants().setValue(participantId, attribute.id(), old)));
    }
}
