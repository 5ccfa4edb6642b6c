package org.tema.ui.common;

/** A piece of background work that may report progress and should stop when cancelled. */
@FunctionalInterface
public interface Work<T> {
    T call(ProgressSink progress) throws Exception;
}
