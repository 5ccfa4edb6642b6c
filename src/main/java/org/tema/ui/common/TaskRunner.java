package org.tema.ui.common;

import java.util.function.Consumer;

/**
 * Runs work away from the view: every use of the open project and every file goes through here,
 * so the window stays responsive. Results and failures are delivered on the view's thread. Work runs
 * one piece at a time, in the order given, because the project file has one connection.
 */
public interface TaskRunner {
    <T> RunningTask run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError);

    /** Stops accepting work and lets the running piece finish. */
    void shutdown();
}
