package org.tema.ui.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * A summary of frame intervals (the time from one pulse to the next) and of the FX thread's work per
 * frame, as the scrolling benchmark prints them.
 */
record FrameStats(int frames, double median, double p95, double max, int over16, int over50, double totalMs,
                  double workMedian, double workP95) {
    static final double FRAME_60HZ_MS = 1000.0 / 60;
    static final double SLOW_FRAME_MS = 50;

    /** Summarises intervals and per-frame work, both in milliseconds; {@code totalMs} is the mode's wall time. */
    static FrameStats of(double[] intervalsMs, double[] workMs, double totalMs) {
        double[] sorted = intervalsMs.clone();
        Arrays.sort(sorted);
        double[] work = workMs.clone();
        Arrays.sort(work);
        int over16 = 0;
        int over50 = 0;
        for (double ms : intervalsMs) {
            over16 += ms > FRAME_60HZ_MS ? 1 : 0;
            over50 += ms > SLOW_FRAME_MS ? 1 : 0;
        }
        return new FrameStats(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], over16, over50, totalMs,
                percentile(work, 50), percentile(work, 95));
    }

    /** The nearest-rank percentile of sorted values (0 when there are none). */
    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String line(String mode) {
        return String.format(Locale.ROOT,
                "%-26s %5d frames  interval median %5.1f  p95 %5.1f  max %6.1f ms  >16.7 ms %4d  >50 ms %3d  total %7.0f ms"
                        + "  | FX work median %4.1f  p95 %5.1f ms",
                mode, frames, median, p95, max, over16, over50, totalMs, workMedian, workP95);
    }
}
