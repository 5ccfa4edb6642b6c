package org.tema.io.report;

import java.util.Arrays;

/** Finds the 1-based line of an offset in a text with LF line endings, by binary search. */
final class LineIndex {
    private final int[] lineStarts;

    LineIndex(String text) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
