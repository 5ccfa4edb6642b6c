package org.tema.ui.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Where the coding stripes go in the margin: each coded passage gets a lane (a column) that no other
 * passage uses in the same paragraphs, so overlapping codes stand side by side. Paragraphs are the
 * lines of the text, as the text area shows them.
 */
public final class StripeLayout {
    /** One passage's stripe in one paragraph; {@code first} marks the paragraph where its label goes. */
    public record Stripe(Mark mark, int lane, boolean first, boolean last) {
    }

    private final List<List<Stripe>> byParagraph;
    private final int lanes;

    private StripeLayout(List<List<Stripe>> byParagraph, int lanes) {
        this.byParagraph = byParagraph;
        this.lanes = lanes;
    }

    public static StripeLayout of(String text, List<Mark> marks) {
        int[] starts = paragraphStarts(text);
        List<List<Stripe>> by = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            by.add(null);
        }
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Integer> laneEnds = new ArrayList<>(); // last paragraph used by each lane
        for (Mark m : sorted) {
            int p0 = paragraphOf(starts, m.start());
            int p1 = paragraphOf(starts, Math.max(m.start(), m.end() - 1));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) >= p0) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(p1);
            } else {
                laneEnds.set(lane, p1);
            }
            for (int p = p0; p <= p1; p++) {
                if (by.get(p) == null) {
                    by.set(p, new ArrayList<>(2));
                }
                by.get(p).add(new Stripe(m, lane, p == p0, p == p1));
            }
        }
        return new StripeLayout(by, laneEnds.size());
    }

    /** The stripes beside paragraph {@code paragraph}, by lane. */
    public List<Stripe> at(int paragraph) {
        if (paragraph < 0 || paragraph >= byParagraph.size() || byParagraph.get(paragraph) == null) {
            return Collections.emptyList();
        }
        return byParagraph.get(paragraph);
    }

    public int lanes() {
        return lanes;
    }

    public int paragraphs() {
        return byParagraph.size();
    }

    static int[] paragraphStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }

    static int paragraphOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
