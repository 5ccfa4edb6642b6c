package org.tema.ui.common;

import java.util.function.Supplier;

/** Debug timings printed to standard error when the program runs with {@code -Dtema.timing=true}. */
public final class Timing {
    private Timing() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("tema.timing");
    }

    public static <T> T measure(String what, Supplier<T> work) {
        long t0 = System.nanoTime();
        T result = work.get();
        report(what, t0);
        return result;
    }

    public static void measure(String what, Runnable work) {
        long t0 = System.nanoTime();
        work.run();
        report(what, t0);
    }

    /** Prints the time since {@code startNanos} when timing is on. */
    public static void report(String what, long startNanos) {
        if (enabled()) {
            System.err.printf("[timing] %s: %.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
        }
    }
}
