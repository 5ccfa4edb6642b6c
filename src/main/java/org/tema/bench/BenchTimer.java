package org.tema.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Times a piece of work: the first (cold) run, then the median, minimum and maximum of several warm runs. */
final class BenchTimer {
    private final PrintStream out;
    private final int runs;

    BenchTimer(PrintStream out, int runs) {
        this.out = out;
        this.runs = runs;
    }

    /** Runs {@code work} once cold and {@code runs} times warm; prints one line and returns the median in ms. */
    double report(String name, Supplier<String> work) {
        long t0 = System.nanoTime();
        work.get();
        double first = ms(t0);
        double[] times = new double[runs];
        String result = "";
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            result = work.get();
            times[i] = ms(t);
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "%-26s %8.1f ms  median of %d (min %.1f, max %.1f; first %.1f)  %s%n", name,
                times[runs / 2], runs, times[0], times[runs - 1], first, result);
        return times[runs / 2];
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
