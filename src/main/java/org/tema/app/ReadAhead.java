package org.tema.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the next few files on background threads while the current one is stored, handing the
 * results back in order. At most {@code window} files are held in memory at once.
 */
final class ReadAhead<I, O> implements AutoCloseable {
    private final List<I> inputs;
    private final Function<I, O> work;
    private final int window;
    private final ExecutorService pool;
    private final Deque<Future<O>> pending = new ArrayDeque<>();
    private int submitted;

    ReadAhead(List<I> inputs, Function<I, O> work, int threads, int window) {
        this.inputs = inputs;
        this.work = work;
        this.window = window;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "tema-import-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /** The result of the next input, in input order; a failure of the work is thrown as it was. */
    O next() {
        while (pending.size() < window && submitted < inputs.size()) {
            I input = inputs.get(submitted++);
            pending.add(pool.submit(() -> work.apply(input)));
        }
        try {
            return pending.remove().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pool.shutdownNow();
    }
}
