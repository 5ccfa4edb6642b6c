package org.tema.ui.bench;

/** One way of scrolling through the transcript, done one step per frame. */
interface ScrollMode {
    /** What a step did: the frame after an {@code UNTIMED} step is not counted. */
    enum Step { DONE, UNTIMED, SCROLLED, JUMPED }

    String name();

    /** Puts the transcript where this mode begins (not timed). */
    void start();

    /** Does the next step, or answers {@link Step#DONE} when the mode has reached its end. */
    Step step();
}
