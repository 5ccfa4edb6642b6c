package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tema.analysis.TwoOffices.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.model.Code;
import org.tema.model.CodedPassage;

class CodeMatricesTest {
    private static final List<CodedPassage> WITHOUT_INTERVIEWER = PassageFilter.DEFAULT.apply(PASSAGES, ParticipantValues.NONE);

    private static List<String> order(CodeMatrix m) {
        return m.rows().stream().map(r -> r.code().name()).toList();
    }

    @Test
    void codeByDocumentCountsPassagesWithTotals() {
        CodeMatrix m = CodeMatrices.byDocument(CODES, DOCUMENTS, WITHOUT_INTERVIEWER, CodeMatrices.PASSAGES);
        assertArrayEquals(new long[] {2, 2}, m.row(TRUST.id()).cells());
        assertArrayEquals(new long[] {2, 0}, m.row(COOPERATION.id()).cells());
        assertArrayEquals(new long[] {1, 1}, m.row(TIME.id()).cells());
        assertEquals(5, m.columnTotal(0));
        assertEquals(3, m.columnTotal(1));
        assertEquals(8, m.grandTotal());
        assertEquals(List.of("1", "2"), m.columns().stream().map(CodeMatrix.Column::key).toList());
        assertEquals(1, m.columnIndex("2"));
    }

    @Test
    void aMeasureAddsUpPerCell() {
        // Measured in characters here: Trust in Kontor A is s1 (40) + s4 (40); Time in Kontor B is s7 (10).
        CodeMatrix m = CodeMatrices.byDocument(CODES, DOCUMENTS, WITHOUT_INTERVIEWER, p -> p.end() - p.start());
        assertArrayEquals(new long[] {80, 60}, m.row(TRUST.id()).cells());
        assertArrayEquals(new long[] {40, 10}, m.row(TIME.id()).cells());
    }

    @Test
    void codeByGroupUsesParticipantsGroupsAndAColumnForPassagesWithoutGroup() {
        CodedPassage noGroup = new CodedPassage(50, 3, 3, 0, 10, 1, null, "", null, false, "", "");
        CodeMatrix m = CodeMatrices.byGroup(CODES, List.of("Kontor C", "Kontor A"),
                append(WITHOUT_INTERVIEWER, noGroup), CodeMatrices.PASSAGES);
        assertEquals(List.of("Kontor A", "Kontor B", "Kontor C", ""), m.columns().stream().map(CodeMatrix.Column::label).toList());
        assertArrayEquals(new long[] {2, 2, 0, 0}, m.row(TRUST.id()).cells());
        assertArrayEquals(new long[] {1, 1, 0, 1}, m.row(TIME.id()).cells());
    }

    @Test
    void codeByParticipantCountsEachSpeakersPassages() {
        CodeMatrix m = CodeMatrices.byParticipant(CODES, List.of(ANNE, ARILD, BERIT), PASSAGES, CodeMatrices.PASSAGES);
        assertArrayEquals(new long[] {1, 1, 2}, m.row(TRUST.id()).cells());
        assertArrayEquals(new long[] {1, 1, 0}, m.row(COOPERATION.id()).cells());
        assertEquals(8, m.grandTotal()); // Anne 3, Arild 2, Berit 3; the interviewer has no column
    }

    @Test
    void sortingReordersRowsAndKeepsTiesInCodeOrder() {
        CodeMatrix m = CodeMatrices.byDocument(CODES, DOCUMENTS, WITHOUT_INTERVIEWER, CodeMatrices.PASSAGES);
        assertEquals(List.of("Trust", "Cooperation", "Time"), order(m.sortedByTotal(true)));
        assertEquals(List.of("Cooperation", "Time", "Trust"), order(m.sortedByTotal(false)));
        assertEquals(List.of("Trust", "Time", "Cooperation"), order(m.sortedByColumn(1, true)));
        assertEquals(List.of("Trust", "Cooperation", "Time"), order(m.sortedByCode(false)));
        assertEquals(List.of("Time", "Cooperation", "Trust"), order(m.sortedByCode(true)));
        assertEquals(m.grandTotal(), m.sortedByTotal(true).grandTotal());
    }

    @Test
    void passagesOfCodesOutsideTheRowsAreNotCounted() {
        List<Code> onlyTime = List.of(TIME);
        assertEquals(2, CodeMatrices.byDocument(onlyTime, DOCUMENTS, PASSAGES, CodeMatrices.PASSAGES).grandTotal());
    }

    private static List<CodedPassage> append(List<CodedPassage> list, CodedPassage extra) {
        List<CodedPassage> out = new java.util.ArrayList<>(list);
        out.add(extra);
        return out;
    }
}
