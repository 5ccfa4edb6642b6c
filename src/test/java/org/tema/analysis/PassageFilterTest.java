package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tema.analysis.TwoOffices.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tema.model.CodedPassage;

class PassageFilterTest {
    private static final ParticipantValues VALUES_OF = ParticipantValues.of(VALUES);

    private static List<Long> ids(PassageFilter f) {
        return f.apply(PASSAGES, VALUES_OF).stream().map(CodedPassage::segmentId).toList();
    }

    @Test
    void defaultFilterLeavesOutTheInterviewersTurns() {
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L), ids(PassageFilter.DEFAULT));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), ids(PassageFilter.EVERYTHING));
    }

    @Test
    void groupFilterKeepsPassagesOfThatGroup() {
        assertEquals(List.of(6L, 7L, 9L), ids(PassageFilter.DEFAULT.withGroups(Set.of("Kontor B"))));
    }

    @Test
    void interviewerWithoutParticipantGroupBelongsToTheDocumentsGroup() {
        assertEquals("Kontor A", S8.group());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 8L),
                ids(PassageFilter.EVERYTHING.withGroups(Set.of("Kontor A"))));
    }

    @Test
    void attributeFilterMatchesValuesIgnoringCaseAndDropsUnknownParticipants() {
        PassageFilter socialWork = PassageFilter.DEFAULT.withAttributeValue(BACKGROUND.id(), "Sosialt arbeid");
        assertEquals(List.of(1L, 2L, 3L, 6L, 7L, 9L), ids(socialWork));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 9L), ids(socialWork.withAttributeValue(BACKGROUND.id(), "Helse")));
        assertEquals(List.of(4L, 5L), ids(socialWork.withoutAttribute(BACKGROUND.id()).withAttributeValue(PORTFOLIO.id(), "93")));
        assertEquals(List.of(), ids(socialWork.withAttributeValue(PORTFOLIO.id(), "93")));
        CodedPassage unknown = new CodedPassage(99, 1, 1, 0, 5, 1, null, "", null, false, "", "Kontor A");
        assertEquals(false, socialWork.test(unknown, VALUES_OF));
    }

    @Test
    void documentAndCoderFiltersCombine() {
        assertEquals(List.of(6L, 7L, 9L), ids(PassageFilter.DEFAULT.withDocuments(Set.of(2L))));
        assertEquals(List.of(3L), ids(PassageFilter.DEFAULT.withCoders(Set.of(2L))));
        assertEquals(List.of(), ids(PassageFilter.DEFAULT.withCoders(Set.of(2L)).withDocuments(Set.of(2L))));
    }
}
