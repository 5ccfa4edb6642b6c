package org.tema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordCountTest {
    /** The definition of a word, written the short way; the scanner must agree with it on any text. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’-][\\p{L}\\p{N}\\p{M}]+)*");
    private static final String[] PIECES = {"a", "Z", "7", "æ", "Ø", "å", "é", "e\u0301", "ǅ", "ʰ", "Ⅻ", "½", "٣", "字",
        "😀", "𝒜", "\uD800", "\uDC00", " ", "\n", "\t", ".", ",", "?", "'", "’", "-", "--", "–", "_", "«", "»", "(", "'s"};

    @Test
    void countsNorwegianWordsJoinedByHyphensAndApostrophes() {
        assertEquals(7, WordCount.of("Gruppe-intervjuet på «Kontor B» var ok'ish, 2026."));
        assertEquals(0, WordCount.of(" -- ' … "));
        assertEquals(2, WordCount.of("ja--nei"));
        assertEquals(1, WordCount.of("e\u0301tude"));
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomTexts() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            assertEquals(byRegex(text), WordCount.of(text), () -> "text: " + text);
        }
    }

    private static int byRegex(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
