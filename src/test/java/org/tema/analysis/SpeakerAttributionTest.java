package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.model.CodedPassage;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

class SpeakerAttributionTest {
    // Document 1: «Intervjuer: » label [0,12), turn [12,40); «Anne: » label [41,47), turn [47,90); Ola (no participant) [100,120).
    private static final SpeakerTurn ASK = new SpeakerTurn(10, 1, 12, 40, "Intervjuer", 9L, null, null);
    private static final SpeakerTurn ANNE = new SpeakerTurn(11, 1, 47, 90, "Anne", 1L, null, null);
    private static final SpeakerTurn OLA = new SpeakerTurn(12, 1, 100, 120, "Ola", null, null, null);
    private static final List<Participant> PEOPLE = List.of(
            new Participant(1, "p1", "Anne", "Kontor A", false, ""), new Participant(9, "p9", "Intervjuer", "", true, ""));

    private static CodedPassage passage(long document, int start, int end) {
        return new CodedPassage(1, document, 1, start, end, 1, null, "", null, false, "", "Kontor D");
    }

    private static CodedPassage attribute(CodedPassage p) {
        // Turns given out of order on purpose: attribution sorts them per document.
        return SpeakerAttribution.attribute(List.of(p), List.of(OLA, ANNE, ASK), PEOPLE).get(0);
    }

    @Test
    void theTurnContainingTheStartGivesSpeakerParticipantAndGroup() {
        CodedPassage p = attribute(passage(1, 60, 95));
        assertEquals(11L, p.turnId());
        assertEquals("Anne", p.speaker());
        assertEquals(1L, p.participantId());
        assertEquals("Kontor A", p.group());
    }

    @Test
    void aStartOnASpeakerLabelTakesTheTurnBeginningInsideThePassage() {
        assertEquals("Anne", attribute(passage(1, 41, 60)).speaker());
        assertEquals("Intervjuer", attribute(passage(1, 0, 20)).speaker());
        assertTrue(attribute(passage(1, 0, 20)).interviewer());
    }

    @Test
    void aPassageBetweenTurnsOrInADocumentWithoutTurnsHasNoSpeaker() {
        CodedPassage gap = attribute(passage(1, 91, 99));
        assertNull(gap.turnId());
        assertEquals("", gap.speaker());
        assertEquals("Kontor D", gap.group()); // the document's group
        assertNull(attribute(passage(2, 0, 5)).turnId());
    }

    @Test
    void aTurnWithoutParticipantKeepsItsSpeakerLabelAndTheDocumentsGroup() {
        CodedPassage p = attribute(passage(1, 100, 110));
        assertEquals("Ola", p.speaker());
        assertNull(p.participantId());
        assertEquals("Kontor D", p.group());
    }
}
