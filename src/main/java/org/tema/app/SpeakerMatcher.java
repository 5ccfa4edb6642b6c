package org.tema.app;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tema.io.transcript.SpeakerLabels;
import org.tema.model.Participant;

/** Matches speaker labels to the project's participants by pseudonym, ignoring case. */
final class SpeakerMatcher {
    private final Map<String, Participant> byName = new HashMap<>();

    SpeakerMatcher(Stores stores) {
        stores.participants().list().forEach(this::add);
    }

    Optional<Participant> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    void add(Participant p) {
        byName.put(key(p.pseudonym()), p);
    }

    /** True when the label is the interviewer's, by its name or by the user's choice. */
    static boolean isInterviewer(String label, ImportOptions options) {
        return SpeakerLabels.isInterviewer(label) || options.markedInterviewer(label);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
