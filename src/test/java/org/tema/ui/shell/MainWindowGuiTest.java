package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;
import org.tema.ui.transcript.Mark;

@ExtendWith(ApplicationExtension.class)
class MainWindowGuiTest {
    @TempDir
    static Path dir;
    private ShellViewModel shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new ShellViewModel(new FxTaskRunner(), new Settings(), Optional.empty(), Optional.empty());
        MainWindow window = new MainWindow(stage, shell, Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(window.root(), 1280, 800));
        window.installAccelerators();
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> shell.closeThen(() -> { }));
    }

    private static List<Mark> stripes(FxRobot robot) {
        return robot.lookup(".coding-stripe").queryAll().stream().map(Node::getUserData).map(Mark.class::cast).toList();
    }

    @Test
    void openSelectApplyAndSeeTheStripeThenUndoAndRedo(FxRobot robot) throws Exception {
        Path file = TestProjects.interview(java.nio.file.Files.createDirectories(dir.resolve("main")));
        robot.interact(() -> shell.open(file));
        FxWait.until(() -> stage.getTitle().equals("Tema — intervju"));
        FxWait.until(() -> robot.lookup(".transcript").tryQuery().isPresent()
                && ((InlineCssTextArea) robot.lookup(".transcript").query()).getLength() > 0);
        InlineCssTextArea area = robot.lookup(".transcript").query();
        String words = "lager vi en plan sammen";
        int s = TestProjects.TEXT.indexOf(words);
        robot.interact(() -> area.selectRange(s, s + words.length()));
        robot.doubleClickOn("2 Plan");
        FxWait.until(() -> !stripes(robot).isEmpty());
        Mark mark = stripes(robot).get(0);
        assertEquals("2 Plan", mark.label());
        assertEquals(s, mark.start());
        assertTrue(robot.lookup(".stripe-label").queryAll().stream().anyMatch(n -> n.isVisible()));
        assertEquals("Apply code", shell.sessionProperty().get().undoNameProperty().get());

        robot.clickOn(area).push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.until(() -> stripes(robot).isEmpty());
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        FxWait.until(() -> stripes(robot).size() == 1);

        robot.interact(() -> area.selectRange(0, 0));
        robot.clickOn(robot.lookup(".coding-stripe").queryAs(javafx.scene.shape.Rectangle.class));
        FxWait.until(() -> area.getSelection().getStart() == s);
        assertEquals(words, area.getSelectedText());
    }

    @Test
    void switchingToNorwegianNamesTheUndoInNorwegian(FxRobot robot) throws Exception {
        Path file = TestProjects.interview(java.nio.file.Files.createDirectories(dir.resolve("language")));
        robot.interact(() -> shell.open(file));
        FxWait.until(() -> shell.sessionProperty().get() != null);
        robot.interact(() -> shell.withSession(session -> session.edit(p -> p.codeBook().add(null, "3", "Mentor"))));
        FxWait.until(() -> shell.sessionProperty().get().undoNameProperty().get().equals("Add code «Mentor»"));

        robot.interact(() -> stage.getScene().setRoot(
                new MainWindow(stage, shell, Messages.of(Locale.forLanguageTag("nb"))).root()));
        FxWait.until(() -> shell.sessionProperty().get().undoNameProperty().get().equals("Legg til koden «Mentor»"));
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        String undo = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-undo".equals(i.getId())).findFirst().orElseThrow().getText();
        assertEquals("Angre: Legg til koden «Mentor»", undo);
    }

    @Test
    void quickCodeBoxAndPinnedKeysApplyCodes(FxRobot robot) throws Exception {
        Path file = TestProjects.interview(java.nio.file.Files.createDirectories(dir.resolve("quick")));
        robot.interact(() -> shell.open(file));
        FxWait.until(() -> robot.lookup(".transcript").tryQuery().isPresent()
                && ((InlineCssTextArea) robot.lookup(".transcript").query()).getLength() > 0);
        InlineCssTextArea area = robot.lookup(".transcript").query();
        robot.interact(() -> area.selectRange(0, 10));
        robot.clickOn(".quick-code").write("pla").push(KeyCode.ENTER);
        FxWait.until(() -> stripes(robot).stream().anyMatch(m -> m.label().equals("2 Plan")));

        robot.clickOn(area);
        int s = TestProjects.TEXT.indexOf("Hilde");
        robot.interact(() -> area.selectRange(s, s + 5));
        robot.push(KeyCode.DIGIT1);
        FxWait.until(() -> stripes(robot).stream().anyMatch(m -> m.label().equals("1 Første møte")));
        assertEquals("Apply code", shell.sessionProperty().get().undoNameProperty().get());
    }

    @Test
    void draggingTheSelectedWordsOntoACodeAppliesIt(FxRobot robot) throws Exception {
        Path file = TestProjects.interview(java.nio.file.Files.createDirectories(dir.resolve("drag")));
        robot.interact(() -> shell.open(file));
        FxWait.until(() -> robot.lookup(".transcript").tryQuery().isPresent()
                && ((InlineCssTextArea) robot.lookup(".transcript").query()).getLength() > 0);
        InlineCssTextArea area = robot.lookup(".transcript").query();
        String words = "en samtale hjemme";
        int s = TestProjects.TEXT.indexOf(words);
        robot.interact(() -> area.selectRange(s, s + words.length()));
        javafx.geometry.Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(s + 3, s + 4).orElseThrow()).get();
        robot.drag(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY())).dropTo("1 Første møte");
        FxWait.until(() -> stripes(robot).stream().anyMatch(m -> m.label().equals("1 Første møte") && m.start() == s));
    }
}
