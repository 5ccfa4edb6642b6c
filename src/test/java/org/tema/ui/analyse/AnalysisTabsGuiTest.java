package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tema.ui.FxWait;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;
import org.tema.ui.TestProjects;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

@ExtendWith(ApplicationExtension.class)
class AnalysisTabsGuiTest {
    @TempDir
    static Path dir;
    private final List<long[]> shown = new ArrayList<>();
    private Project project;
    private FxTaskRunner tasks;
    private TabPane tabs;

    @Start
    void start(Stage stage) throws Exception {
        Path file = TestProjects.interview(Files.createDirectories(dir.resolve("gui")));
        try (Project p = Project.open(file)) {
            long doc = p.documents().list().get(0).id();
            int s = TestProjects.TEXT.indexOf(AnalysisFixture.JONAS);
            p.coding().apply(doc, p.codeBook().find("2").id(), s, s + AnalysisFixture.JONAS.length());
        }
        project = Project.open(file);
        tasks = new FxTaskRunner();
        ProjectSession session = new ProjectSession(project, tasks, e -> { throw new AssertionError(e); });
        tabs = new TabPane();
        tabs.getTabs().setAll(AnalysisTabs.create(session, Messages.of(Locale.ENGLISH),
                (documentId, start, end) -> shown.add(new long[] {documentId, start, end})));
        stage.setScene(new Scene(tabs, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        project.close();
    }

    @Test
    void choosingACodeListsItsPassagesAndADoubleClickShowsOneInItsTranscript(FxRobot robot) throws Exception {
        ComboBox<Subject> subject = robot.from(tabs.getTabs().get(0).getContent()).lookup(".analysis-subject").queryComboBox();
        FxWait.until(() -> subject.getItems().size() == 2);
        robot.clickOn(subject);
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && "2 Plan".equals(c.getText()))
                .queryAs(ListCell.class));
        TableView<RetrievedPassage> table = robot.from(tabs.getTabs().get(0).getContent()).lookup(".retrieved-passages").queryTableView();
        FxWait.until(() -> table.getItems().size() == 1);
        assertEquals("2 Plan", subject.getValue().label());
        assertEquals("Jonas", table.getItems().get(0).speaker());
        javafx.scene.Node words = robot.from(table).lookup(AnalysisFixture.JONAS).query();
        assertTrue(words.isVisible(), "the passage's words are shown");
        robot.doubleClickOn(words);
        FxWait.until(() -> !shown.isEmpty());
        int s = TestProjects.TEXT.indexOf(AnalysisFixture.JONAS);
        assertEquals(List.of((long) s, (long) s + AnalysisFixture.JONAS.length()), List.of(shown.get(0)[1], shown.get(0)[2]));
    }
}
