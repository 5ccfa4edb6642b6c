package org.tema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property tests of {@link TextEdit#adjust}: every character is given an identity, random edits are
 * applied, and a coded range must afterwards hold exactly its surviving characters (plus text typed
 * inside it), or be removed when none survived.
 */
class TextEditPropertyTest {
    private static final int TRIALS = 5_000;

    @Test
    void rangesStayOnTheirWordsThroughThousandsOfRandomEdits() {
        Random random = new Random(20261130);
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Long> chars = new ArrayList<>();
            int length = 1 + random.nextInt(60);
            for (long i = 0; i < length; i++) {
                chars.add(i);
            }
            long nextId = 1_000;
            int a = random.nextInt(length);
            int b = a + 1 + random.nextInt(length - a);
            List<Long> original = new ArrayList<>(chars.subList(a, b));
            TextRange range = new TextRange(a, b);
            for (int step = 0; step < 8 && range != null; step++) {
                int s = random.nextInt(chars.size() + 1);
                int e = s + random.nextInt(chars.size() - s + 1);
                int inserted = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
                TextEdit edit = new TextEdit(s, e, "x".repeat(inserted));
                List<Long> removed = new ArrayList<>(chars.subList(s, e));
                List<Long> added = new ArrayList<>();
                for (int i = 0; i < inserted; i++) {
                    added.add(nextId++);
                }
                List<Long> next = new ArrayList<>(chars.subList(0, s));
                next.addAll(added);
                next.addAll(chars.subList(e, chars.size()));
                Optional<TextRange> after = edit.adjust(range);
                List<Long> survivors = new ArrayList<>(chars.subList(range.start(), range.end()));
                survivors.removeAll(removed);
                String context = "trial " + trial + " step " + step + ": " + range + " with " + edit;
                if (survivors.isEmpty()) {
                    assertTrue(after.isEmpty(), context + " should remove the range, got " + after);
                    range = null;
                } else {
                    assertTrue(after.isPresent(), context + " removed a range with surviving characters");
                    TextRange r = after.get();
                    assertTrue(r.start() >= 0 && r.end() <= next.size() && r.length() > 0, context + " -> " + r);
                    List<Long> inside = next.subList(r.start(), r.end());
                    List<Long> originalsInside = inside.stream().filter(id -> id < 1_000).toList();
                    List<Long> survivingOriginals = survivors.stream().filter(id -> id < 1_000).toList();
                    assertEquals(survivingOriginals, originalsInside, context + " -> " + r);
                    assertTrue(inside.containsAll(survivors), context + " lost inserted text it held");
                    range = r;
                }
                chars = next;
            }
            assertTrue(original.size() > 0);
        }
    }

    @Test
    void typicalEditsBehaveAsAnAnalystExpects() {
        TextRange r = new TextRange(10, 20);
        assertEquals(Optional.of(new TextRange(13, 23)), new TextEdit(2, 2, "abc").adjust(r));
        assertEquals(Optional.of(new TextRange(10, 23)), new TextEdit(15, 15, "abc").adjust(r));
        assertEquals(Optional.of(new TextRange(10, 17)), new TextEdit(12, 15, "").adjust(r));
        assertEquals(Optional.empty(), new TextEdit(5, 25, "").adjust(r));
        assertEquals(Optional.of(r), new TextEdit(20, 20, "after").adjust(r));
        assertEquals(Optional.of(new TextRange(15, 25)), new TextEdit(10, 10, "front").adjust(r));
        assertEquals(Optional.of(new TextRange(10, 21)), new TextEdit(10, 14, "Berit").adjust(r));
        assertEquals(Optional.of(new TextRange(5, 10)), new TextEdit(5, 15, "").adjust(r));
        assertEquals(Optional.of(new TextRange(10, 15)), new TextEdit(15, 30, "").adjust(r));
    }
}
