package org.tema.app;

import java.util.List;
import org.tema.analysis.AttributeFacts;
import org.tema.analysis.ParticipantFacts;

/** The descriptive facts of the participants («faktiske forhold»): figures per attribute. */
public final class Facts {
    private final Stores stores;

    public Facts(Stores stores) {
        this.stores = stores;
    }

    /** One entry per attribute, in the order they were defined; interviewers only when asked for. */
    public List<AttributeFacts> ofParticipants(boolean includeInterviewers) {
        return ParticipantFacts.of(stores.participants().attributes(), stores.participants().list(),
                stores.participants().values(), includeInterviewers);
    }
}
