package org.tema.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Saves the settings a moment after they last changed (so dragging a divider or the window writes
 * the file once, not fifty times, and a crash loses at most that moment) and once more at exit.
 * Snapshots are numbered, so a late background save never overwrites a newer one.
 */
public final class SettingsSaver {
    private final Settings settings;
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final PauseTransition pause;
    private long taken;
    private long written;

    public SettingsSaver(Settings settings, SettingsStore store, TaskRunner tasks, Duration delay) {
        this.settings = settings;
        this.store = store;
        this.tasks = tasks;
        this.pause = new PauseTransition(delay);
        pause.setOnFinished(e -> saveInBackground());
    }

    /** Saves after every change of the settings, once they have been still for the delay. */
    public void watch() {
        settings.onChange(pause::playFromStart);
    }

    private void saveInBackground() {
        long number = ++taken;
        SettingsJson json = settings.toJson();
        tasks.run(progress -> {
            write(number, json);
            return null;
        }, v -> { }, e -> { });
    }

    /** Saves now, on the calling thread: for the program's exit. */
    public void saveNow() {
        pause.stop();
        write(++taken, settings.toJson());
    }

    private synchronized void write(long number, SettingsJson json) {
        if (number > written) {
            store.save(json);
            written = number;
        }
    }
}
