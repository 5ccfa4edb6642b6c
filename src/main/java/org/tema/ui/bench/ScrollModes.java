package org.tema.ui.bench;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.richtext.InlineCssTextArea;

/** The ways a user scrolls a long transcript: page by page, by the mouse wheel, and by a jump to the middle. */
final class ScrollModes {
    /** What JavaFX reports for one notch of a mouse wheel. */
    static final double WHEEL_NOTCH = 40;
    private static final int FRAMES_AFTER_JUMP = 20;
    private static final int FRAMES_TO_SETTLE = 5;

    private ScrollModes() {
    }

    /** Does nothing for {@code frames} frames: the pulse rate of an idle window, to read the others against. */
    static ScrollMode idle(InlineCssTextArea area, int frames) {
        return new ScrollMode() {
            private int done;

            @Override
            public String name() {
                return "idle (no scrolling)";
            }

            @Override
            public void start() {
                toTop(area);
                done = 0;
            }

            @Override
            public Step step() {
                return done++ == frames ? Step.DONE : Step.SCROLLED;
            }
        };
    }

    /** Presses PageDown once a frame (as a held key repeats, but faster) until the caret stops at the end. */
    static ScrollMode pageDown(InlineCssTextArea area) {
        return new ScrollMode() {
            private int lastCaret = -1;

            @Override
            public String name() {
                return "page down (PageDown)";
            }

            @Override
            public void start() {
                toTop(area);
                lastCaret = -1;
            }

            @Override
            public Step step() {
                int caret = area.getCaretPosition();
                if (caret == lastCaret) {
                    return Step.DONE;
                }
                lastCaret = caret;
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN, false, false, false, false));
                return Step.SCROLLED;
            }
        };
    }

    /** Turns the wheel by {@code notches} a frame, over the text, until the view stops moving at the bottom. */
    static ScrollMode wheel(InlineCssTextArea area, int notches) {
        return new ScrollMode() {
            private double lastY = Double.NaN;

            @Override
            public String name() {
                return "wheel (" + notches + " notch" + (notches == 1 ? "" : "es") + "/frame)";
            }

            @Override
            public void start() {
                toTop(area);
                lastY = Double.NaN;
            }

            @Override
            public Step step() {
                double y = area.getEstimatedScrollY();
                if (y == lastY) {
                    return Step.DONE;
                }
                lastY = y;
                Node flow = flowOf(area);
                double dy = -WHEEL_NOTCH * notches;
                double x = flow.getLayoutBounds().getWidth() / 2;
                double h = flow.getLayoutBounds().getHeight() / 2;
                Event.fireEvent(flow, new ScrollEvent(ScrollEvent.SCROLL, x, h, x, h, false, false, false, false, false, false,
                        0, dy, 0, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.LINES, -3 * notches, 0, null));
                return Step.SCROLLED;
            }
        };
    }

    /**
     * Jumps from the top to the middle (as a click in the scroll bar's track does) {@code jumps} times,
     * timing the jump's frame and the {@value #FRAMES_AFTER_JUMP} frames after it; the way back up and the
     * {@value #FRAMES_TO_SETTLE} frames after it are not timed.
     */
    static ScrollMode jumpToMiddle(InlineCssTextArea area, int jumps) {
        return new ScrollMode() {
            private int frame;

            @Override
            public String name() {
                return "jump to the middle (x" + jumps + ")";
            }

            @Override
            public void start() {
                toTop(area);
                frame = 0;
            }

            @Override
            public Step step() {
                int cycle = FRAMES_TO_SETTLE + 1 + FRAMES_AFTER_JUMP;
                if (frame == jumps * cycle) {
                    return Step.DONE;
                }
                int at = frame++ % cycle;
                if (at == 0) {
                    toTop(area);
                }
                if (at < FRAMES_TO_SETTLE) {
                    return Step.UNTIMED;
                }
                if (at == FRAMES_TO_SETTLE) {
                    double middle = (area.getTotalHeightEstimate() - area.getViewportHeight()) / 2;
                    area.estimatedScrollYProperty().setValue(middle);
                    return Step.JUMPED;
                }
                return Step.SCROLLED;
            }
        };
    }

    private static void toTop(InlineCssTextArea area) {
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** The virtual flow inside the area: it handles the wheel, as it does for the node under the mouse. */
    private static Node flowOf(InlineCssTextArea area) {
        return area.getChildrenUnmodifiable().stream().filter(n -> n instanceof VirtualFlow).findFirst()
                .orElseThrow(() -> new IllegalStateException("The text area has no virtual flow"));
    }
}
