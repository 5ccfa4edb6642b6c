package org.tema.ui.shell;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tema.ui.common.Settings;
import org.tema.ui.common.WindowState;

/**
 * Puts the main window where the user left it and records where it goes. The bounds are recorded
 * when the window has been still for a moment and is neither maximised nor minimised, so the
 * maximised size never replaces the size to come back to; whether it is maximised is recorded at once.
 */
final class WindowMemory {
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    private final Stage stage;
    private final Settings settings;
    private final PauseTransition still = new PauseTransition(Duration.millis(300));

    WindowMemory(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    /** Sets the stage's bounds (and maximised state) from the settings; call before {@code show()}. */
    void restore() {
        WindowState saved = settings.windowProperty().get();
        WindowPlacement.Area area = WindowPlacement.place(saved, Screen.getScreens().stream()
                .map(s -> area(s.getVisualBounds())).toList(), area(Screen.getPrimary().getVisualBounds()),
                DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setX(area.x());
        stage.setY(area.y());
        stage.setWidth(area.width());
        stage.setHeight(area.height());
        stage.setMaximized(saved != null && saved.maximised());
    }

    /** Records every later move, resize, maximise and restore in the settings. */
    void track() {
        still.setOnFinished(e -> record());
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener((o, a, b) -> still.playFromStart());
        }
        stage.maximizedProperty().addListener((o, a, max) -> {
            WindowState current = settings.windowProperty().get();
            settings.windowProperty().set(current == null ? bounds().withMaximised(max) : current.withMaximised(max));
        });
    }

    /** Records the bounds now (unless maximised, minimised or full screen): for when the window closes. */
    void record() {
        still.stop();
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        settings.windowProperty().set(bounds());
    }

    private WindowState bounds() {
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private static WindowPlacement.Area area(Rectangle2D r) {
        return new WindowPlacement.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }
}
