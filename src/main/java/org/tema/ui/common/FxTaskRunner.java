package org.tema.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** Runs work on one background thread and hands results back to the FX thread. */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tema-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> RunningTask run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        RunningTask task = new RunningTask();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long done, long total) {
                double p = total <= 0 ? -1 : (double) done / total;
                Platform.runLater(() -> task.progressProperty().set(p));
            }

            @Override
            public void message(String text) {
                Platform.runLater(() -> task.messageProperty().set(text));
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
        executor.execute(() -> {
            try {
                T result = work.call(sink);
                Platform.runLater(() -> {
                    task.runningProperty().set(false);
                    onDone.accept(result);
                });
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background work failed", e);
                Platform.runLater(() -> {
                    task.runningProperty().set(false);
                    onError.accept(e);
                });
            }
        });
        return task;
    }

    @Override
    public void shutdown() {
        executor.shutdown();
    }
}
