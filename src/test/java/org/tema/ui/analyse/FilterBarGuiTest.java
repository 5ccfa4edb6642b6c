package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

@ExtendWith(ApplicationExtension.class)
class FilterBarGuiTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskRunner tasks;
    private TabPane tabs;

    @Start
    void start(Stage stage) throws Exception {
        ThreeOffices offices = new ThreeOffices(Files.createDirectories(dir.resolve("gui")));
        Path file = dir.resolve("gui").resolve("tre-kontor.tema");
        offices.project.close();
        project = Project.open(file);
        tasks = new FxTaskRunner();
        ProjectSession session = new ProjectSession(project, tasks, e -> { throw new AssertionError(e); });
        tabs = new TabPane();
        tabs.getTabs().setAll(AnalysisTabs.create(session, Messages.of(Locale.ENGLISH), (d, s, e) -> { }));
        stage.setScene(new Scene(tabs, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        project.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tickingTwoGroupsShowsThePassagesOfBothAndNotOfTheThird(FxRobot robot) throws Exception {
        Node passagesTab = tabs.getTabs().get(0).getContent();
        RetrievalViewModel model = (RetrievalViewModel) passagesTab.getProperties().get(AnalysisTabs.class.getName());
        waitUntil(() -> model.subjects().size() == 2);
        robot.interact(() -> model.subjectProperty().set(model.subjects().get(0)));
        TableView<RetrievedPassage> table = robot.from(passagesTab).lookup(".retrieved-passages").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);

        MenuButton groups = robot.from(passagesTab).lookup(".filter-groups").queryAs(MenuButton.class);
        waitUntil(() -> !groups.isDisabled());
        assertEquals("All groups", groups.getText());
        robot.clickOn(groups);
        robot.clickOn(box(robot, "Kontor A"));
        robot.clickOn(box(robot, "Kontor C"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of("Anne", "Camilla"), table.getItems().stream().map(RetrievedPassage::speaker).toList());
        assertEquals("Kontor A, Kontor C", groups.getText());

        MenuButton otherTabs = robot.from(tabs.getTabs().get(2).getContent()).lookup(".filter-groups").queryAs(MenuButton.class);
        assertEquals("Kontor A, Kontor C", otherTabs.getText(), "the other tabs share the filter");
    }

    private static CheckBox box(FxRobot robot, String text) throws Exception {
        waitUntil(() -> robot.lookup(".check-box").match(n -> n instanceof CheckBox c && text.equals(c.getText())).tryQuery().isPresent());
        return robot.lookup(".check-box").match(n -> n instanceof CheckBox c && text.equals(c.getText())).queryAs(CheckBox.class);
    }
}
