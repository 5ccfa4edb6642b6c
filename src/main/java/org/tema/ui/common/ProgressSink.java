package org.tema.ui.common;

/** Where background work reports how far it has come and learns whether it was cancelled. */
public interface ProgressSink {
    void progress(long done, long total);

    void message(String text);

    boolean isCancelled();

    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
