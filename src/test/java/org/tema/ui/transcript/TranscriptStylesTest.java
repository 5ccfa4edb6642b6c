package org.tema.ui.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptStylesTest {
    private static final Mark RED = new Mark(1, 10, 10, 30, "#E6194B", "1 A");
    private static final Mark BLUE = new Mark(2, 11, 20, 25, "#4363D8", "2 B");

    private static String styleAt(List<StyleRun> runs, int from, int offset) {
        int at = from;
        for (StyleRun r : runs) {
            if (offset < at + r.length()) {
                return r.style();
            }
            at += r.length();
        }
        throw new AssertionError("offset beyond runs");
    }

    @Test
    void runsCoverTheWholeRange() {
        List<StyleRun> runs = TranscriptStyles.runs(0, 50, List.of(), List.of(RED, BLUE));
        assertEquals(50, runs.stream().mapToInt(StyleRun::length).sum());
        assertEquals("", styleAt(runs, 0, 5));
        assertTrue(styleAt(runs, 0, 12).contains("#E6194B59"));
    }

    @Test
    void theShorterPassageLiesOnTopAndTheOtherUnderlines() {
        List<StyleRun> runs = TranscriptStyles.runs(0, 50, List.of(), List.of(RED, BLUE));
        String overlap = styleAt(runs, 0, 22);
        assertTrue(overlap.contains("-rtfx-background-color: #4363D859"), overlap);
        assertTrue(overlap.contains("-rtfx-underline-color: #E6194B"), overlap);
    }

    @Test
    void speakerLabelsAreBoldAndTheInterviewerIsSetApart() {
        List<SpeakerSpan> speakers = List.of(new SpeakerSpan(0, 7, 20, "Intervjuer", true),
                new SpeakerSpan(21, 27, 40, "Hilde", false));
        List<StyleRun> runs = TranscriptStyles.runs(0, 40, speakers, List.of());
        assertEquals(TranscriptStyles.LABEL, styleAt(runs, 0, 3));
        assertEquals(TranscriptStyles.INTERVIEWER, styleAt(runs, 0, 10));
        assertEquals(TranscriptStyles.LABEL, styleAt(runs, 0, 22));
        assertEquals("", styleAt(runs, 0, 30));
    }

    @Test
    void aPartialRangeIsClippedToItsBounds() {
        List<StyleRun> runs = TranscriptStyles.runs(15, 28, List.of(), List.of(RED, BLUE));
        assertEquals(13, runs.stream().mapToInt(StyleRun::length).sum());
        assertTrue(styleAt(runs, 15, 15).contains("#E6194B59"));
    }
}
