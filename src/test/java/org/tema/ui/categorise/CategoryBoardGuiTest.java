package org.tema.ui.categorise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.tema.ui.FxWait;
import org.tema.app.DemoProject;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;
import org.tema.ui.analyse.Subject;
import org.tema.model.Category;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.Settings;
import org.tema.ui.shell.MainWindow;
import org.tema.ui.shell.Phase;
import org.tema.ui.shell.ShellViewModel;

@ExtendWith(ApplicationExtension.class)
class CategoryBoardGuiTest {
    @TempDir
    static Path dir;
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
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

    private static Optional<VBox> card(FxRobot robot, String name) {
        return robot.lookup(".category-card").queryAllAs(VBox.class).stream()
                .filter(c -> c.getUserData() instanceof Category cat && cat.name().equals(name)).findFirst();
    }

    private static List<Node> codedInNoCategory(FxRobot robot) {
        return robot.lookup(".category-card-rest").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("category-code") && count(n) > 0).toList();
    }

    private static int count(Node codeRow) {
        HBox row = (HBox) codeRow;
        return Integer.parseInt(((Label) row.getChildren().get(2)).getText());
    }

    private static String countsOf(VBox card) {
        return card.lookup(".category-counts") instanceof Label l ? l.getText() : "";
    }

    /** The counts line of a card, read on the FX thread (the board rebuilds its cards after each change). */
    private static String countsOf(FxRobot robot, String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> card(robot, name).map(CategoryBoardGuiTest::countsOf).orElse("")).get();
    }

    @Test
    void buildACategoryFromTwoCodesDescribeItAndUndo(FxRobot robot) throws Exception {
        Path sample = dir.resolve("sample");
        DemoProject.build(Path.of("sample-data"), sample);
        robot.interact(() -> {
            shell.phaseProperty().set(Phase.CATEGORISE);
            shell.open(sample.resolve(DemoProject.FILE_NAME));
        });
        FxWait.until(() -> robot.lookup(".category-card-rest").tryQuery().isPresent());

        robot.clickOn("#category-new");
        FxWait.until(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("De som faller utenfor").push(KeyCode.ENTER);
        FxWait.until(() -> card(robot, "De som faller utenfor").isPresent());

        int passages = 0;
        for (int i = 1; i <= 2; i++) {
            Node code = codedInNoCategory(robot).get(0);
            passages += count(code);
            robot.drag(code).dropTo(card(robot, "De som faller utenfor").orElseThrow());
            int codes = i;
            FxWait.until(() -> countsOf(robot, "De som faller utenfor").startsWith(codes + " code"));
        }
        int expected = passages;
        FxWait.until(() -> countsOf(robot, "De som faller utenfor").equals("2 codes · " + expected + " coded passages"));

        robot.clickOn(card(robot, "De som faller utenfor").orElseThrow());
        robot.clickOn("#category-description").write("Ungdommer og veiledere som faller utenfor");
        robot.clickOn(card(robot, "De som faller utenfor").orElseThrow());
        FxWait.until(() -> card(robot, "De som faller utenfor").orElseThrow().lookup(".category-description") != null);
        assertEquals("Edit description of «De som faller utenfor»", shell.sessionProperty().get().undoNameProperty().get());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.until(() -> card(robot, "De som faller utenfor").orElseThrow().lookup(".category-description") == null);
        assertEquals("", robot.lookup("#category-description").queryAs(javafx.scene.control.TextArea.class).getText());
        assertEquals("2 codes · " + expected + " coded passages", countsOf(card(robot, "De som faller utenfor").orElseThrow()));
    }

    @Test
    void seeACategorysPassagesWriteACodeSummaryAndUndo(FxRobot robot) throws Exception {
        Path sample = dir.resolve("sample-passages");
        DemoProject.build(Path.of("sample-data"), sample);
        Path file = sample.resolve(DemoProject.FILE_NAME);
        long first;
        long second;
        try (Project p = Project.open(file)) {
            first = p.codeBook().find("10").id();
            second = p.codeBook().find("11").id();
            Category c = p.categories().create("Tillit og utenforskap", "");
            p.categories().addCode(c.id(), first, 0);
            p.categories().addCode(c.id(), second, 1);
        }
        robot.interact(() -> {
            shell.phaseProperty().set(Phase.CATEGORISE);
            shell.open(file);
        });
        FxWait.until(() -> robot.lookup(".category-card-rest").tryQuery().isPresent());
        robot.clickOn("Passages");
        ComboBox<Subject> subject = robot.lookup(".analysis-subject").queryComboBox();
        FxWait.until(() -> subject.getItems().stream().anyMatch(s -> s.label().equals("Tillit og utenforskap")));
        robot.interact(() -> subject.setValue(subject.getItems().stream()
                .filter(s -> s.label().equals("Tillit og utenforskap")).findFirst().orElseThrow()));
        Node passagesTab = subject.getParent().getParent().getParent(); // the tab's content: chooser, table, summary
        TableView<RetrievedPassage> table = robot.from(passagesTab).lookup(".retrieved-passages").queryTableView();
        FxWait.until(() -> !table.getItems().isEmpty());
        for (RetrievedPassage passage : List.copyOf(table.getItems())) {
            assertTrue(passage.code().id() == first || passage.code().id() == second, passage.code().label());
        }

        robot.interact(() -> subject.setValue(subject.getItems().stream()
                .filter(s -> s.isCode() && s.id() == first).findFirst().orElseThrow()));
        FxWait.until(() -> table.getItems().stream().allMatch(r -> r.code().id() == first) && !table.getItems().isEmpty());
        TextArea summary = robot.from(passagesTab).lookup(".summary-editor").queryAs(TextArea.class);
        String before = summary.getText();
        robot.clickOn(summary).write(" Tillit bygges i små steg.");
        robot.clickOn(table);
        FxWait.until(() -> shell.sessionProperty().get().undoNameProperty().get().startsWith("Edit summary of"));

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.until(() -> summary.getText().equals(before));
        assertFalse(summary.getText().contains("små steg"));
    }
}
