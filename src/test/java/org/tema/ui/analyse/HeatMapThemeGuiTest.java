package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The heat map's labels are drawn in the theme's text colour, so they can be read in the dark theme too. */
@ExtendWith(ApplicationExtension.class)
class HeatMapThemeGuiTest {
    private HeatMap map;

    @Start
    void start(Stage stage) {
        map = new HeatMap((r, c) -> { }, "none");
        Scene scene = new Scene(new StackPane(map.node()), 300, 200);
        scene.getStylesheets().add(getClass().getResource("/org/tema/ui/tema.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        Application.setUserAgentStylesheet(null);
    }

    private double inkBrightnessWith(FxRobot robot, String userAgentStylesheet) {
        robot.interact(() -> {
            Application.setUserAgentStylesheet(userAgentStylesheet);
            map.node().getScene().getRoot().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Color ink = map.ink();
        return ink.getBrightness();
    }

    @Test
    void labelsAreDarkOnTheLightThemeAndLightOnTheDarkTheme(FxRobot robot) {
        double light = inkBrightnessWith(robot, new PrimerLight().getUserAgentStylesheet());
        double dark = inkBrightnessWith(robot, new PrimerDark().getUserAgentStylesheet());
        assertTrue(light < 0.4, "ink on the light theme: " + light);
        assertTrue(dark > 0.7, "ink on the dark theme: " + dark);
    }
}
