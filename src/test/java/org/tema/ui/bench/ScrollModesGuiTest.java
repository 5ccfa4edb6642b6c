package org.tema.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tema.ui.transcript.Mark;
import org.tema.ui.transcript.TranscriptView;

/** The benchmark's scroll modes really travel through the transcript, and stop at its end. */
@ExtendWith(ApplicationExtension.class)
class ScrollModesGuiTest {
    private static final int TURNS = 120;
    private TranscriptView view;

    @Start
    void start(Stage stage) {
        view = new TranscriptView();
        StringBuilder text = new StringBuilder();
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < TURNS; i++) {
            int start = text.length();
            text.append("Deltaker ").append(i % 4 + 1).append(": vi snakket om oppfølging og tillit i uke ").append(i)
                    .append(", og om hvordan møtene gikk.\n\n");
            marks.add(new Mark(i + 1, 1, start, start + 20, "#3366cc", "Tillit"));
        }
        view.show(text.toString(), List.of(), marks);
        stage.setScene(new Scene(new StackPane(view.node()), 600, 300));
        stage.show();
    }

    /** Runs a mode's steps, laying out between them as the pulses would; answers the steps taken. */
    private List<ScrollMode.Step> run(FxRobot robot, ScrollMode mode) {
        List<ScrollMode.Step> steps = new ArrayList<>();
        robot.interact(() -> {
            mode.start();
            view.area().layout();
            for (int i = 0; i < 10_000; i++) {
                ScrollMode.Step s = mode.step();
                steps.add(s);
                view.area().getScene().getRoot().layout();
                if (s == ScrollMode.Step.DONE) {
                    return;
                }
            }
        });
        return steps;
    }

    private int lastParagraph() {
        return view.area().getParagraphs().size() - 1;
    }

    @Test
    void pageDownGoesPageByPageToTheEnd(FxRobot robot) {
        InlineCssTextArea area = view.area();
        List<ScrollMode.Step> steps = run(robot, ScrollModes.pageDown(area));
        assertEquals(ScrollMode.Step.DONE, steps.get(steps.size() - 1));
        assertTrue(steps.size() > 10, "pages: " + steps.size());
        assertEquals(area.getLength(), area.getCaretPosition());
        assertEquals(lastParagraph(), area.lastVisibleParToAllParIndex());
    }

    @Test
    void wheelScrollsInSmallStepsToTheBottom(FxRobot robot) {
        InlineCssTextArea area = view.area();
        int pages = run(robot, ScrollModes.pageDown(area)).size();
        List<ScrollMode.Step> steps = run(robot, ScrollModes.wheel(area, 1));
        assertTrue(steps.size() > 2 * pages, "wheel steps " + steps.size() + ", pages " + pages);
        assertEquals(lastParagraph(), area.lastVisibleParToAllParIndex());
    }

    @Test
    void jumpsLandInTheMiddleAndAreTimedApartFromTheWayBack(FxRobot robot) {
        InlineCssTextArea area = view.area();
        List<ScrollMode.Step> steps = run(robot, ScrollModes.jumpToMiddle(area, 3));
        assertEquals(3, steps.stream().filter(s -> s == ScrollMode.Step.JUMPED).count());
        assertTrue(steps.contains(ScrollMode.Step.UNTIMED));
        int paragraphs = area.getParagraphs().size();
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        assertTrue(first > paragraphs / 4 && last < paragraphs * 3 / 4, "visible " + first + "-" + last + " of " + paragraphs);
    }
}
