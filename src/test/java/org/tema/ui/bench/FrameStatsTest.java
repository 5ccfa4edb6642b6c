package org.tema.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    @Test
    void summarisesIntervalsByNearestRankAndCountsSlowFrames() {
        double[] intervals = new double[20];
        for (int i = 0; i < 20; i++) {
            intervals[i] = i + 1; // 1..20 ms
        }
        intervals[7] = 60; // one very slow frame instead of 8 ms
        FrameStats s = FrameStats.of(intervals, new double[] {2, 4, 3}, 500);
        assertEquals(20, s.frames());
        assertEquals(11, s.median()); // 10th of 1..7,9..20,60 sorted
        assertEquals(20, s.p95()); // 19th of 20
        assertEquals(60, s.max());
        assertEquals(5, s.over16()); // 17, 18, 19, 20, 60
        assertEquals(1, s.over50());
        assertEquals(3, s.workMedian());
        assertEquals(4, s.workP95());
        assertTrue(s.line("page down").startsWith("page down"));
    }

    @Test
    void emptyRunGivesZeroes() {
        FrameStats s = FrameStats.of(new double[0], new double[0], 0);
        assertEquals(0, s.frames());
        assertEquals(0, s.p95());
        assertEquals(0, s.max());
    }
}
