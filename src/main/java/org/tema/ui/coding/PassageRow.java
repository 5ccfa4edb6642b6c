package org.tema.ui.coding;

import org.tema.ui.transcript.Mark;

/** A coded passage in the list beside the transcript: its code and the first words of it. */
public record PassageRow(Mark mark, String excerpt) {
    static final int EXCERPT = 140;

    static PassageRow of(Mark mark, String text) {
        String s = text.substring(mark.start(), Math.min(mark.end(), text.length())).strip().replaceAll("\\s+", " ");
        return new PassageRow(mark, s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "…");
    }
}
