package org.tema.ui.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Runs scroll modes one step per pulse and times each frame: the interval from the pulse of a step to
 * the next pulse (what the user sees: the step's CSS, layout and rendering), and the FX thread's work
 * within the pulse (the step, CSS and layout, up to the post-layout pulse listener). An active timer
 * asks for a pulse at every frame, so pulses come at the display rate when the work keeps up.
 */
final class FrameDriver extends AnimationTimer {
    private static final int SETTLE_FRAMES = 20;
    private final Deque<ScrollMode> modes;
    private final BiConsumer<ScrollMode, Result> onResult;
    private final Runnable onFinished;
    private ScrollMode current;
    private int settle;
    private ScrollMode.Step previous = ScrollMode.Step.UNTIMED;
    private long last;
    private long modeStart;
    private long pulseStart;
    private final List<Double> intervals = new ArrayList<>();
    private final List<Double> work = new ArrayList<>();
    private final List<Double> jumps = new ArrayList<>();
    private final List<Double> jumpWork = new ArrayList<>();

    /** A mode's frames; {@code jumpFrames} and {@code jumpWork} are the intervals and FX work of the frames that jumped. */
    record Result(FrameStats stats, List<Double> jumpFrames, List<Double> jumpWork) {
    }

    FrameDriver(Scene scene, List<ScrollMode> modes, BiConsumer<ScrollMode, Result> onResult, Runnable onFinished) {
        this.modes = new ArrayDeque<>(modes);
        this.onResult = onResult;
        this.onFinished = onFinished;
        scene.addPostLayoutPulseListener(() -> {
            if (pulseStart != 0) {
                work.add((System.nanoTime() - pulseStart) / 1e6);
                pulseStart = 0;
            }
        });
    }

    @Override
    public void handle(long pulse) {
        long now = System.nanoTime();
        if (current == null) {
            begin(now);
            return;
        }
        if (settle > 0) {
            settle--;
            last = now;
            modeStart = now;
            return;
        }
        if (previous == ScrollMode.Step.SCROLLED || previous == ScrollMode.Step.JUMPED) {
            double ms = (now - last) / 1e6;
            intervals.add(ms);
            if (previous == ScrollMode.Step.JUMPED) {
                jumps.add(ms);
                jumpWork.add(work.isEmpty() ? 0 : work.get(work.size() - 1));
            }
        }
        previous = current.step();
        last = now;
        if (previous == ScrollMode.Step.DONE) {
            finish(now);
        } else if (previous != ScrollMode.Step.UNTIMED) {
            pulseStart = now;
        }
    }

    private void begin(long now) {
        current = modes.poll();
        if (current == null) {
            stop();
            onFinished.run();
            return;
        }
        current.start();
        settle = SETTLE_FRAMES;
        previous = ScrollMode.Step.UNTIMED;
        intervals.clear();
        work.clear();
        jumps.clear();
        jumpWork.clear();
    }

    private void finish(long now) {
        double[] i = intervals.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = work.stream().mapToDouble(Double::doubleValue).toArray();
        onResult.accept(current, new Result(FrameStats.of(i, w, (now - modeStart) / 1e6), List.copyOf(jumps), List.copyOf(jumpWork)));
        current = null;
    }
}
