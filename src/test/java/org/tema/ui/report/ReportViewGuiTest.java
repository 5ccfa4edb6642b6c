package org.tema.ui.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tema.ui.FxWait;
import org.tema.app.Project;
import org.tema.ui.TestProjects;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.Settings;

@ExtendWith(ApplicationExtension.class)
class ReportViewGuiTest {
    @TempDir
    static Path dir;
    private static final String PLAN = "Og så lager vi en plan sammen.";
    private static final String MENTOR = "Da ringer jeg mentoren.";
    private Project project;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) throws Exception {
        Path file = TestProjects.interview(Files.createDirectories(dir.resolve("project")));
        project = Project.open(file);
        long doc = project.documents().list().get(0).id();
        long plan = project.codeBook().find("2").id();
        for (String words : new String[] {PLAN, MENTOR}) {
            int s = TestProjects.TEXT.indexOf(words);
            project.coding().apply(doc, plan, s, s + words.length());
        }
        tasks = new FxTaskRunner();
        ProjectSession session = new ProjectSession(project, tasks, e -> { throw new AssertionError(e); });
        Messages messages = Messages.of(Locale.ENGLISH);
        ReportView view = new ReportView(new ReportViewModel(session, new Settings(), messages), messages,
                (format, name, owner) -> Optional.of(dir.resolve(name)));
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.shutdown();
        project.close();
    }

    @Test
    void markAQuoteAndExportTheFindingsWithOnlyThatQuote(FxRobot robot) throws Exception {
        FxWait.until(() -> robot.lookup(".use-in-report").queryAll().size() == 2);
        CheckBox plan = robot.lookup(".use-in-report").queryAllAs(CheckBox.class).stream()
                .filter(c -> ((Label) ((HBox) c.getParent()).getChildren().get(1)).getText().equals(PLAN)).findFirst().orElseThrow();
        robot.clickOn(plan);
        FxWait.until(() -> project.stores().segments().list().stream().filter(s -> s.inReport()).count() == 1);
        robot.clickOn("#export-word");
        Path target = dir.resolve("intervju-findings.docx");
        FxWait.until(() -> robot.lookup("#export-done").tryQuery().isPresent());
        assertTrue(Files.exists(target));
        String text;
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        assertTrue(text.contains(PLAN), text);
        assertTrue(!text.contains(MENTOR), text);
    }
}
