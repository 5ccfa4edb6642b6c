package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tema.ui.FxWait;
import org.tema.ui.TestProjects;
import org.tema.ui.common.DividerMemory;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;
import org.tema.ui.common.SettingsSaver;
import org.tema.ui.common.SettingsStore;
import org.tema.ui.common.WindowState;
import org.tema.ui.transcript.Mark;

/** The window remembers pinned keys and dividers across a restart: settings saved, read back, window built anew. */
@ExtendWith(ApplicationExtension.class)
class MemoryGuiTest {
    @TempDir
    static Path dir;
    private Stage stage;
    private FxTaskRunner tasks;
    private ShellViewModel shell;
    private SettingsSaver saver;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.tasks = new FxTaskRunner();
        stage.setScene(new Scene(new Label(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.closeThen(() -> { }));
    }

    /** Starts the program as TemaApp does: settings read from the file, a new shell and window. */
    private void launch(FxRobot robot, SettingsStore store) {
        robot.interact(() -> {
            Settings settings = Settings.fromJson(store.load());
            saver = new SettingsSaver(settings, store, tasks, Duration.millis(200));
            saver.watch();
            shell = new ShellViewModel(tasks, settings, Optional.empty(), Optional.empty());
            MainWindow window = new MainWindow(stage, shell, Messages.of(Locale.ENGLISH));
            stage.getScene().setRoot(window.root());
            window.installAccelerators();
        });
    }

    /** Closes the project and quits as TemaApp does: settings saved at exit. */
    private void quit(FxRobot robot) throws Exception {
        boolean[] closed = {false};
        robot.interact(() -> shell.closeThen(() -> {
            saver.saveNow();
            closed[0] = true;
        }));
        FxWait.until(() -> closed[0]);
    }

    private InlineCssTextArea openTranscript(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> shell.open(file));
        FxWait.until(() -> robot.lookup(".transcript").tryQuery().isPresent()
                && ((InlineCssTextArea) robot.lookup(".transcript").query()).getLength() > 0
                && robot.lookup("2 Plan").tryQuery().isPresent());
        return robot.lookup(".transcript").query();
    }

    private static List<Mark> stripes(FxRobot robot) {
        return robot.lookup(".coding-stripe").queryAll().stream().map(Node::getUserData).map(Mark.class::cast).toList();
    }

    private static SplitPane codingSplit(FxRobot robot) {
        return DividerMemory.namedIn(robot.lookup(".coding-view").query()).get(0);
    }

    @Test
    void aPinnedKeyAndAMovedDividerAreThereAfterARestart(FxRobot robot) throws Exception {
        Path file = TestProjects.interview(Files.createDirectories(dir.resolve("pins")));
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.json"));
        launch(robot, store);
        openTranscript(robot, file);
        showContextMenu(robot, "2 Plan");
        robot.clickOn("Pin to key 1–9").clickOn("1   1 Første møte");
        FxWait.until(() -> pinnedText(robot).contains("1=2"));
        SplitPane split = codingSplit(robot);
        double before = split.getDividerPositions()[0];
        // Set as the divider's skin sets it when dragged: a robot drag of the divider leaves Monocle's
        // drag-and-drop state broken for the drag-and-drop test that runs after this one.
        robot.interact(() -> split.setDividerPositions(before + 0.1, split.getDividerPositions()[1]));
        double moved = split.getDividerPositions()[0];
        assertTrue(moved > before + 0.05, "the drag moved the divider: " + before + " -> " + moved);
        quit(robot);

        launch(robot, store);
        InlineCssTextArea area = openTranscript(robot, file);
        assertTrue(pinnedText(robot).contains("1=2"), pinnedText(robot));
        FxWait.until(() -> codingSplit(robot).getWidth() > 0);
        assertEquals(moved, codingSplit(robot).getDividerPositions()[0], 0.005);

        robot.clickOn(area);
        int s = TestProjects.TEXT.indexOf("Hilde");
        robot.interact(() -> area.selectRange(s, s + 5));
        robot.push(KeyCode.DIGIT1);
        FxWait.until(() -> stripes(robot).stream().anyMatch(m -> m.label().equals("2 Plan") && m.start() == s));
    }

    /** A second window, so that the test's primary stage keeps its place for the other GUI tests. */
    private Stage otherWindow(FxRobot robot) throws Exception {
        Stage other = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Label("other"), 300, 200));
            return s;
        }).get();
        shell = new ShellViewModel(tasks, new Settings(), Optional.empty(), Optional.empty());
        return other;
    }

    @Test
    void aWindowSavedOnAScreenThatIsGoneOpensOnThePrimaryScreen(FxRobot robot) throws Exception {
        Stage other = otherWindow(robot);
        Settings settings = new Settings();
        settings.windowProperty().set(new WindowState(-9000, -9000, 700, 500, false));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> {
            new WindowMemory(other, settings).restore();
            other.show();
        });
        try {
            assertTrue(screen.contains(other.getX(), other.getY()), other.getX() + "," + other.getY() + " on " + screen);
            assertTrue(other.getWidth() <= screen.getWidth() && other.getHeight() <= screen.getHeight());
        } finally {
            robot.interact(other::close);
        }
    }

    @Test
    void movingTheWindowIsRecordedOnceItIsStill(FxRobot robot) throws Exception {
        Stage other = otherWindow(robot);
        Settings settings = new Settings();
        robot.interact(() -> {
            other.show();
            new WindowMemory(other, settings).track();
            other.setX(40);
            other.setY(30);
            other.setWidth(900);
            other.setHeight(640);
        });
        try {
            FxWait.until(() -> settings.windowProperty().get() != null);
            assertEquals(new WindowState(40, 30, 900, 640, false), settings.windowProperty().get());
        } finally {
            robot.interact(other::close);
        }
    }

    /** Opens a code's context menu as a right click does (the headless robot's right click does not ask for one). */
    private static void showContextMenu(FxRobot robot, String label) {
        Node n = robot.lookup(label).query();
        while (!(n instanceof javafx.scene.control.Cell<?>)) {
            n = n.getParent();
        }
        javafx.scene.control.Cell<?> cell = (javafx.scene.control.Cell<?>) n;
        robot.interact(() -> cell.getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 20, 0));
    }

    private static String pinnedText(FxRobot robot) {
        return robot.lookup(".pinned-keys").queryAs(Label.class).getText();
    }
}
