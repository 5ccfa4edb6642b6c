package org.tema.ui.analyse;

/** Shows a passage in its place: opens the transcript and selects the range (UTF-16 units, end exclusive). */
@FunctionalInterface
public interface PassageNavigator {
    void show(long documentId, int start, int end);
}
