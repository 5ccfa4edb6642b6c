package org.tema.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tema.model.AttributeValue;

/** Participants' attribute values, looked up by participant and attribute. */
public final class ParticipantValues {
    public static final ParticipantValues NONE = new ParticipantValues(Map.of());
    private final Map<Long, Map<Long, String>> byParticipant;

    private ParticipantValues(Map<Long, Map<Long, String>> byParticipant) {
        this.byParticipant = byParticipant;
    }

    public static ParticipantValues of(Collection<AttributeValue> values) {
        Map<Long, Map<Long, String>> map = new HashMap<>();
        for (AttributeValue v : values) {
            map.computeIfAbsent(v.participantId(), k -> new HashMap<>()).put(v.attributeId(), v.value());
        }
        return new ParticipantValues(map);
    }

    public Optional<String> value(Long participantId, long attributeId) {
        if (participantId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byParticipant.getOrDefault(participantId, Map.of()).get(attributeId));
    }
}
