package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tema.analysis.TwoOffices.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.analysis.Cooccurrence.Mode;

class CooccurrenceTest {
    @Test
    void overlapCountsPairsOfPassagesThatShareWords() {
        // s1-s2 and s4-s5 (Trust, Cooperation); s6-s7 (Trust, Time); s7 only touches s9; s6-s9 are the same code.
        CodeMatrix m = Cooccurrence.matrix(CODES, PASSAGES, Mode.OVERLAP);
        assertArrayEquals(new long[] {0, 2, 1}, m.row(TRUST.id()).cells());
        assertArrayEquals(new long[] {2, 0, 0}, m.row(COOPERATION.id()).cells());
        assertArrayEquals(new long[] {1, 0, 0}, m.row(TIME.id()).cells());
        assertEquals(List.of("1 Trust", "2 Cooperation", "Time"), m.columns().stream().map(CodeMatrix.Column::label).toList());
        assertEquals(3, m.row(TRUST.id()).total());
        assertEquals(2, m.maxCell());
    }

    @Test
    void sameTurnAlsoCountsPassagesOfOneSpeakerTurn() {
        // Anne's turn: s1-s2, s1-s3, s2-s3; Arild's: s4-s5; Berit's: s6-s7, s7-s9.
        CodeMatrix m = Cooccurrence.matrix(CODES, PASSAGES, Mode.SAME_TURN);
        assertArrayEquals(new long[] {0, 2, 3}, m.row(TRUST.id()).cells());
        assertArrayEquals(new long[] {2, 0, 1}, m.row(COOPERATION.id()).cells());
        assertArrayEquals(new long[] {3, 1, 0}, m.row(TIME.id()).cells());
    }

    @Test
    void pairsListThePassagesBehindACellInTheOrderAskedFor() {
        List<Cooccurrence.Pair> pairs = Cooccurrence.pairs(PASSAGES, TIME.id(), TRUST.id(), Mode.SAME_TURN);
        assertEquals(List.of(new Cooccurrence.Pair(S3, S1), new Cooccurrence.Pair(S7, S6), new Cooccurrence.Pair(S7, S9)), pairs);
        assertEquals(List.of(new Cooccurrence.Pair(S6, S7)), Cooccurrence.pairs(PASSAGES, TRUST.id(), TIME.id(), Mode.OVERLAP));
    }

    @Test
    void aPassageInsideAnotherCountsOnceAndTouchingDoesNot() {
        CodeMatrix m = Cooccurrence.matrix(CODES, List.of(S6, S7, S9), Mode.OVERLAP);
        assertEquals(1, m.row(TIME.id()).cell(0));
    }
}
