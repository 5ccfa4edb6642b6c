package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
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
import org.tema.ui.FxWait;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;
import org.tema.ui.common.FxTaskRunner;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

@ExtendWith(ApplicationExtension.class)
/** The filter bar and the co-occurrence heat map on a project of three group interviews, one per office. */
class ThreeOfficesGuiTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskRunner tasks;
    private TabPane tabs;
    private ProjectSession session;
    private ThreeOffices offices;

    @Start
    void start(Stage stage) throws Exception {
        offices = new ThreeOffices(Files.createTempDirectory(dir, "gui"));
        project = offices.project;
        tasks = new FxTaskRunner();
        session = new ProjectSession(project, tasks, e -> { throw new AssertionError(e); });
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

    @Test
    void tickingTwoGroupsShowsThePassagesOfBothAndNotOfTheThird(FxRobot robot) throws Exception {
        Node passagesTab = tabs.getTabs().get(0).getContent();
        RetrievalViewModel model = (RetrievalViewModel) passagesTab.getProperties().get(AnalysisTabs.class.getName());
        FxWait.until(() -> model.subjects().size() == 2);
        robot.interact(() -> model.subjectProperty().set(model.subjects().get(0)));
        TableView<RetrievedPassage> table = robot.from(passagesTab).lookup(".retrieved-passages").queryTableView();
        FxWait.until(() -> table.getItems().size() == 3);

        MenuButton groups = robot.from(passagesTab).lookup(".filter-groups").queryAs(MenuButton.class);
        FxWait.until(() -> !groups.isDisabled());
        assertEquals("All groups", groups.getText());
        robot.clickOn(groups);
        robot.clickOn(box(robot, "Kontor A"));
        robot.clickOn(box(robot, "Kontor C"));
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> table.getItems().size() == 2);
        assertEquals(List.of("Anne", "Camilla"), table.getItems().stream().map(RetrievedPassage::speaker).toList());
        assertEquals("Kontor A, Kontor C", groups.getText());

        MenuButton otherTabs = robot.from(tabs.getTabs().get(2).getContent()).lookup(".filter-groups").queryAs(MenuButton.class);
        assertEquals("Kontor A, Kontor C", otherTabs.getText(), "the other tabs share the filter");
    }

    @Test
    void aClickOnTheHeatMapOrderedByCategoryChoosesThePairUnderThePointer(FxRobot robot) throws Exception {
        robot.interact(() -> session.edit(p -> p.categories().addCode(p.categories().create("Tidsbruk", "").id(), offices.tid.id(), 0)));
        robot.interact(() -> tabs.getSelectionModel().select(2));
        Node tab = tabs.getTabs().get(2).getContent();
        CooccurrenceViewModel model = (CooccurrenceViewModel) tab.getProperties().get(AnalysisTabs.class.getName());
        FxWait.until(() -> model.blocksProperty().get().size() == 2 && model.matrixProperty().get().rows().size() == 2);
        assertEquals("2 Tid", model.matrixProperty().get().rows().get(0).code().label());
        Canvas canvas = robot.from(tab).lookup(".heat-map").queryAs(Canvas.class);
        double[] centre = new HeatMapLayout(2, List.of(1, 1)).centre(0, 1);
        robot.clickOn(canvas.localToScreen(centre[0], centre[1]));
        FxWait.until(() -> model.passages().size() == 2);
        assertEquals(new CooccurrenceViewModel.Pair(offices.tid.id(), offices.tillit.id()), model.selectedProperty().get());
        assertEquals(List.of("Berit", "Berit"), model.passages().stream().map(RetrievedPassage::speaker).toList());
        robot.clickOn(robot.from(tab).lookup(".order-by-code-tree").queryAs(javafx.scene.control.RadioButton.class));
        FxWait.until(() -> model.blocksProperty().get().isEmpty());
        double[] below = new HeatMapLayout(2, List.of()).centre(1, 0);
        robot.clickOn(canvas.localToScreen(below[0], below[1]));
        FxWait.until(() -> new CooccurrenceViewModel.Pair(offices.tid.id(), offices.tillit.id()).equals(model.selectedProperty().get()));
    }

    private static CheckBox box(FxRobot robot, String text) throws Exception {
        FxWait.until(() -> robot.lookup(".check-box").match(n -> n instanceof CheckBox c && text.equals(c.getText())).tryQuery().isPresent());
        return robot.lookup(".check-box").match(n -> n instanceof CheckBox c && text.equals(c.getText())).queryAs(CheckBox.class);
    }
}
