package org.tema.ui.analyse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.tema.app.Project;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

/**
 * Not a test: writes a picture of each analysis tab on a copy of a project, for looking at them and
 * for the documentation. Run with {@code -Dtema.snapshots=OUTDIR -Dtema.snapshot.project=sample.tema}
 * (build the sample with {@code java -jar target/tema.jar demo DIR}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "tema.snapshots", matches = ".+")
class AnalysisSnapshots {
    @Test
    void writeAPictureOfEachTab(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("tema.snapshots")));
        Path copy = out.resolve("snapshot-copy.tema");
        Files.copy(Path.of(System.getProperty("tema.snapshot.project")), copy, StandardCopyOption.REPLACE_EXISTING);
        FxTaskRunner tasks = new FxTaskRunner();
        try (Project project = Project.open(copy)) {
            ProjectSession session = new ProjectSession(project, tasks, Throwable::printStackTrace);
            TabPane tabs = new TabPane();
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                tabs.getTabs().setAll(AnalysisTabs.create(session, Messages.of(Locale.ENGLISH), (d, s, e) -> { }));
                Scene scene = new Scene(tabs, 1280, 800);
                scene.getStylesheets().add(getClass().getResource("/org/tema/ui/tema.css").toExternalForm());
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
            });
            settle();
            RetrievalViewModel passages = model(tabs, 0);
            robot.interact(() -> passages.subjectProperty().set(passages.subjects().stream()
                    .filter(s -> s.isCode()).max(java.util.Comparator.comparingInt(s -> count(project, s))).orElseThrow()));
            settle();
            snap(robot, tabs, 0, out.resolve("categorise-passages.png"));
            robot.interact(() -> tabs.getSelectionModel().select(1));
            tickTwoGroups(robot, tabs.getTabs().get(1).getContent());
            GridViewModel grid = model(tabs, 1);
            javafx.scene.control.TableView<Object> table = robot.from(tabs.getTabs().get(1).getContent()).lookup(".summary-grid").queryTableView();
            robot.interact(() -> {
                var g = grid.gridProperty().get();
                for (int r = 0; r < g.codes().size(); r++) {
                    for (int c = 0; c < g.columns().size(); c++) {
                        if (g.cell(r, c).passages().size() > 1) {
                            table.getSelectionModel().select(r, table.getColumns().get(c + 1));
                            return;
                        }
                    }
                }
            });
            snap(robot, tabs, 1, out.resolve("categorise-grid.png"));
            robot.interact(() -> robot.from(tabs.getTabs().get(1).getContent()).lookup("Clear filters").queryButton().fire());
            CooccurrenceViewModel cooccurrence = model(tabs, 2);
            robot.interact(() -> hottest(cooccurrence));
            snap(robot, tabs, 2, out.resolve("categorise-cooccurrence.png"));
            snap(robot, tabs, 3, out.resolve("categorise-matrices.png"));
            snap(robot, tabs, 4, out.resolve("categorise-charts.png"));
            robot.interact(() -> stage[0].close());
        } finally {
            tasks.shutdown();
            Files.deleteIfExists(copy);
        }
    }

    /** Ticks the first two groups in the filter bar of a tab, as a user does. */
    private static void tickTwoGroups(FxRobot robot, javafx.scene.Node tab) throws Exception {
        settle();
        robot.clickOn(robot.from(tab).lookup(".filter-groups").queryAs(javafx.scene.control.MenuButton.class));
        settle();
        for (int i = 0; i < 2; i++) {
            robot.clickOn(robot.lookup(".check-box").match(n -> n.getScene() != tab.getScene()).nth(i).queryAs(javafx.scene.Node.class));
        }
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        settle();
    }

    private static int count(Project p, Subject s) {
        return p.retrieval().ofCode(s.id(), org.tema.analysis.PassageFilter.DEFAULT).size();
    }

    private static void hottest(CooccurrenceViewModel model) {
        var m = model.matrixProperty().get();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.rows().size(); c++) {
                if (m.rows().get(r).cell(c) == m.maxCell()) {
                    model.select(r, c);
                    return;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T model(TabPane tabs, int index) {
        return (T) tabs.getTabs().get(index).getContent().getProperties().get(AnalysisTabs.class.getName());
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void snap(FxRobot robot, TabPane tabs, int index, Path file) throws Exception {
        robot.interact(() -> tabs.getSelectionModel().select(index));
        settle();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(tabs.getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(Files.size(file) > 0, "no picture was written to " + file);
    }
}
