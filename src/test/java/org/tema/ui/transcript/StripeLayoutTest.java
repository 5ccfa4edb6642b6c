package org.tema.ui.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StripeLayoutTest {
    private static final String TEXT = "first line\nsecond line\nthird line\nfourth";

    @Test
    void overlappingPassagesGetTheirOwnLanes() {
        Mark a = new Mark(1, 1, 0, 20, "#E6194B", "A");   // lines 0-1
        Mark b = new Mark(2, 2, 12, 30, "#4363D8", "B");  // lines 1-2
        StripeLayout layout = StripeLayout.of(TEXT, List.of(a, b));
        assertEquals(2, layout.lanes());
        List<StripeLayout.Stripe> line1 = layout.at(1);
        assertEquals(2, line1.size());
        assertNotEquals(line1.get(0).lane(), line1.get(1).lane());
    }

    @Test
    void passagesInDifferentParagraphsShareALane() {
        Mark a = new Mark(1, 1, 0, 5, "#E6194B", "A");
        Mark b = new Mark(2, 2, 35, 40, "#4363D8", "B");
        StripeLayout layout = StripeLayout.of(TEXT, List.of(a, b));
        assertEquals(1, layout.lanes());
        assertTrue(layout.at(1).isEmpty());
    }

    @Test
    void theLabelGoesWhereThePassageBegins() {
        Mark a = new Mark(1, 1, 3, 25, "#E6194B", "A");
        StripeLayout layout = StripeLayout.of(TEXT, List.of(a));
        assertTrue(layout.at(0).get(0).first());
        assertFalse(layout.at(1).get(0).first());
        assertTrue(layout.at(2).get(0).last());
        assertEquals(4, layout.paragraphs());
    }

    @Test
    void aPassageEndingAtALineBreakStaysOnItsLine() {
        Mark a = new Mark(1, 1, 0, 11, "#E6194B", "A"); // "first line\n"
        StripeLayout layout = StripeLayout.of(TEXT, List.of(a));
        assertTrue(layout.at(1).isEmpty());
    }
}
