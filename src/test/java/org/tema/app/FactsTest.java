package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tema.analysis.AttributeFacts;

class FactsTest extends OfficesTest {
    @Test
    void participantFactsSummariseEachAttributeWithoutTheInterviewer() {
        List<AttributeFacts> facts = project.facts().ofParticipants(false);
        assertEquals(List.of("background", "portfolio"), facts.stream().map(f -> f.attribute().name()).toList());
        assertEquals(Map.of("Sosialt arbeid", 2, "Helse", 1), facts.get(0).valueCounts());
        assertEquals(List.of("Sosialt arbeid", "Helse"), List.copyOf(facts.get(0).valueCounts().keySet()));
        AttributeFacts portfolio = facts.get(1);
        assertEquals(3, portfolio.count());
        assertEquals(new BigDecimal("52.33"), portfolio.mean());
        assertEquals(new BigDecimal("14"), portfolio.min());
        assertEquals(new BigDecimal("93"), portfolio.max());
        assertEquals(1, project.facts().ofParticipants(true).get(1).missing()); // the interviewer has none
    }
}
