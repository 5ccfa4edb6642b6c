package org.tema.app;

/** Told after each file of an import, so a view can show a progress bar and the file just done. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total, result) -> { };

    void fileDone(int done, int total, ImportResult result);
}
