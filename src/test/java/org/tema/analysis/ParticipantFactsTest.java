package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tema.analysis.TwoOffices.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;

class ParticipantFactsTest {
    @Test
    void numbersGetCountMeanMinAndMaxWithoutTheInterviewer() {
        AttributeFacts f = ParticipantFacts.of(List.of(PORTFOLIO), PARTICIPANTS, VALUES, false).get(0);
        assertEquals(3, f.count());
        assertEquals(1, f.missing()); // Camilla
        assertEquals(new BigDecimal("52.33"), f.mean()); // (14 + 93 + 50) / 3
        assertEquals(new BigDecimal("14"), f.min());
        assertEquals(new BigDecimal("93"), f.max());
        assertEquals(Map.of(), f.valueCounts());
    }

    @Test
    void interviewersCountWhenAskedFor() {
        AttributeFacts f = ParticipantFacts.of(List.of(PORTFOLIO), PARTICIPANTS, VALUES, true).get(0);
        assertEquals(4, f.count());
        assertEquals(new BigDecimal("39.25"), f.mean()); // 157 / 4
        assertEquals(new BigDecimal("0"), f.min());
    }

    @Test
    void otherValuesAreCountedMostFrequentFirst() {
        AttributeFacts f = ParticipantFacts.of(List.of(BACKGROUND), PARTICIPANTS, VALUES, false).get(0);
        assertEquals(3, f.count());
        assertEquals(List.of("Helse", "Sosialt arbeid", "sosialt arbeid"), List.copyOf(f.valueCounts().keySet()));
        assertNull(f.mean());
    }

    @Test
    void anAttributeWithoutValuesHasNoFigures() {
        Attribute decimal = new Attribute(7, "a7", "mentors", AttributeType.DECIMAL);
        AttributeFacts f = ParticipantFacts.of(List.of(decimal), PARTICIPANTS, VALUES, false).get(0);
        assertEquals(0, f.count());
        assertEquals(4, f.missing());
        assertNull(f.max());
    }
}
