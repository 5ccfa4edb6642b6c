package org.tema.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the words of a text: runs of letters, digits and combining marks. */
public final class WordCount {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’-][\\p{L}\\p{N}\\p{M}]+)*");

    private WordCount() {
    }

    public static int of(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
