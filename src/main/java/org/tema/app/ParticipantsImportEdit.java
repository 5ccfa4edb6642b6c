package org.tema.app;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Attribute;
import org.tema.model.Participant;

/**
 * The changes of one participants import: participants created or updated, attributes created,
 * values set. Undo restores the old participants and values and removes what was created; redo
 * creates the same rows again (same ids and GUIDs).
 */
final class ParticipantsImportEdit implements Edit {
    private record Change(Participant next, Participant old) {
    }

    private record Value(Participant participant, Attribute attribute, String value) {
    }

    private final Stores stores;
    private final EditName name;
    private final List<Change> participants = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    private final Map<Value, String> oldValues = new IdentityHashMap<>();

    ParticipantsImportEdit(Stores stores, EditName name) {
        this.stores = stores;
        this.name = name;
    }

    void participant(Participant next, Participant old) {
        participants.add(new Change(next, old));
    }

    void attribute(Attribute a) {
        attributes.add(a);
    }

    void value(Participant p, Attribute a, String value) {
        values.add(new Value(p, a, value));
    }

    int createdCount() {
        return (int) participants.stream().filter(c -> c.old() == null).count();
    }

    @Override
    public EditName editName() {
        return name;
    }

    @Override
    public void apply() {
        for (Change c : participants) {
            if (c.old() == null) {
                Participant p = c.next();
                ids.put(p, stores.participants().insert(new Participant(ids.getOrDefault(p, 0L), p.guid(), p.pseudonym(),
                        p.group(), p.interviewer(), p.memo())));
            } else {
                stores.participants().update(c.next());
            }
        }
        for (Attribute a : attributes) {
            ids.put(a, stores.participants().insertAttribute(new Attribute(ids.getOrDefault(a, 0L), a.guid(), a.name(), a.type())));
        }
        for (Value v : values) {
            long p = id(v.participant());
            long a = id(v.attribute());
            oldValues.put(v, stores.participants().value(p, a).orElse(null));
            stores.participants().setValue(p, a, v.value());
        }
    }

    @Override
    public void revert() {
        for (int i = values.size() - 1; i >= 0; i--) {
            Value v = values.get(i);
            stores.participants().setValue(id(v.participant()), id(v.attribute()), oldValues.get(v));
        }
        attributes.forEach(a -> stores.participants().deleteAttribute(id(a)));
        for (Change c : participants) {
            if (c.old() == null) {
                stores.participants().delete(id(c.next()));
            } else {
                stores.participants().update(c.old());
            }
        }
    }

    private long id(Participant p) {
        return p.id() != 0 ? p.id() : ids.get(p);
    }

    private long id(Attribute a) {
        return a.id() != 0 ? a.id() : ids.get(a);
    }
}
