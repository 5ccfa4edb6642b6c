package org.tema.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times a piece of work: one cold run, then several warm runs, printing the median wall-clock time and
 * the median CPU time of the calling thread (SQLite runs on it too). On a shared, busy machine the CPU
 * time is the steadier figure; on an idle one the two agree.
 */
final class BenchTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 3;
    private final PrintStream out;
    private final int runs;

    BenchTimer(PrintStream out, int runs) {
        this.out = out;
        this.runs = runs;
    }

    /** Runs {@code work} once cold (reported as "first"), warms it up, then times it {@code runs} times; prints one line. */
    void report(String name, Supplier<String> work) {
        long t0 = System.nanoTime();
        work.get();
        double first = ms(t0);
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        String result = "";
        for (int i = 0; i < runs; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            result = work.get();
            wall[i] = ms(t);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "%-28s %7.1f ms wall %7.1f ms cpu  (median of %d; wall min %.1f max %.1f; first %.1f)  %s%n",
                name, wall[runs / 2], cpu[runs / 2], runs, wall[0], wall[runs - 1], first, result);
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
