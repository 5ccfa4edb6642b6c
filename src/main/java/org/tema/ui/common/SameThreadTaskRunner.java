package org.tema.ui.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests without the toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> RunningTask run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        RunningTask task = new RunningTask();
        ProgressSink sink = new ProgressSink() {
            @Override
            public void progress(long done, long total) {
                task.progressProperty().set(total <= 0 ? -1 : (double) done / total);
            }

            @Override
            public void message(String text) {
                task.messageProperty().set(text);
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
        T result;
        try {
            result = work.call(sink);
        } catch (Exception | Error e) {
            task.runningProperty().set(false);
            onError.accept(e);
            return task;
        }
        task.runningProperty().set(false);
        onDone.accept(result);
        return task;
    }

    @Override
    public void shutdown() {
    }
}
