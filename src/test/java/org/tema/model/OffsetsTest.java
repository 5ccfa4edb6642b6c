package org.tema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OffsetsTest {
    private static final String TEXT = "Blåbær 😀 og e\u0301n kafé";

    @Test
    void emojiCountsTwoUnitsButOneCodePoint() {
        int after = TEXT.indexOf(" og");
        assertEquals(9, after);
        assertEquals(8, Offsets.toCodePoints(TEXT, after));
        assertEquals(after, Offsets.fromCodePoints(TEXT, 8));
    }

    @Test
    void combiningMarkCountsOneInBothUnits() {
        int n = TEXT.indexOf("n kafé");
        assertEquals(n - 1, Offsets.toCodePoints(TEXT, n));
        assertEquals(n, Offsets.fromCodePoints(TEXT, n - 1));
        assertTrue(Offsets.isBoundary(TEXT, n - 1), "a combining mark is its own code point");
    }

    @Test
    void anOffsetInsideASurrogatePairIsNoBoundary() {
        int emoji = TEXT.indexOf("😀");
        assertTrue(Offsets.isBoundary(TEXT, emoji));
        assertFalse(Offsets.isBoundary(TEXT, emoji + 1));
        assertTrue(Offsets.isBoundary(TEXT, emoji + 2));
    }

    @Test
    void norwegianLettersAreSingleUnits() {
        assertEquals(6, "Blåbær".length());
        assertEquals(6, Offsets.toCodePoints("Blåbær", 6));
    }

    @Test
    void wordCountCountsWordsNotSymbols() {
        assertEquals(4, WordCount.of(TEXT));
        assertEquals(3, WordCount.of("Det er fint - ikke sant?") - 2);
    }
}
