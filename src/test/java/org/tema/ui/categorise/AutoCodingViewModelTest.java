package org.tema.ui.categorise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.AutoCoding.Hit;

class AutoCodingViewModelTest {
    @TempDir
    Path dir;

    private static List<String> snippetsOf(AutoCodingViewModel model) {
        return model.hits().stream().map(Hit::snippet).toList();
    }

    @Test
    void searchPreviewsEveryHitAndApplyingCodesThemInOneUndoableStep() {
        try (Board b = new Board(dir)) {
            AutoCodingViewModel model = new AutoCodingViewModel(b.session);
            model.codeNameProperty().set("Mentor");
            model.queryProperty().set("mentoren");
            model.preview();
            assertEquals(2, model.hits().size());
            assertTrue(snippetsOf(model).get(0).contains("[mentoren]"));
            int[] coded = {-1};
            model.apply(n -> coded[0] = n);
            assertEquals(2, coded[0]);
            assertEquals(2, b.tree.codes().stream().filter(n -> n.code().name().equals("Mentor")).findFirst().orElseThrow().count());
            assertNull(model.previewProperty().get());
            b.session.undo();
            assertEquals(List.of("Første møte", "Plan"), b.tree.codes().stream().map(n -> n.code().name()).toList());
        }
    }

    @Test
    void onlyTheHitsLeftInThePreviewAreCoded() {
        try (Board b = new Board(dir)) {
            AutoCodingViewModel model = new AutoCodingViewModel(b.session);
            model.codeNameProperty().set("2");
            model.modeProperty().set(AutoCodingViewModel.Mode.PATTERN);
            model.queryProperty().set("plan(en)?");
            model.preview();
            assertEquals(2, model.hits().size());
            model.hits().remove(1);
            model.apply(n -> { });
            assertEquals(1, b.tree.node(b.plan).orElseThrow().count());
        }
    }

    @Test
    void aSpeakerPreviewHoldsEveryTurnOfThatSpeaker() {
        try (Board b = new Board(dir)) {
            AutoCodingViewModel model = new AutoCodingViewModel(b.session);
            model.codeNameProperty().set("Hilde sier");
            model.modeProperty().set(AutoCodingViewModel.Mode.SPEAKER);
            model.queryProperty().set("hilde");
            model.preview();
            assertEquals(2, model.hits().size());
            assertTrue(model.hits().get(0).snippet().contains("[Vi starter alltid med en samtale hjemme, der ungdommen er trygg.]"));
        }
    }

    @Test
    void wholeTurnCodesTheTurnAroundTheHit() {
        try (Board b = new Board(dir)) {
            AutoCodingViewModel model = new AutoCodingViewModel(b.session);
            model.codeNameProperty().set("Tid");
            model.queryProperty().set("verdt");
            model.wholeTurnProperty().set(true);
            model.preview();
            Hit hit = model.hits().get(0);
            assertEquals("Og så lager vi en plan sammen. Det tar tid, men det er verdt det.",
                    org.tema.ui.TestProjects.TEXT.substring(hit.start(), hit.end()));
        }
    }

    @Test
    void changingTheInputsDropsTheOldPreview() {
        try (Board b = new Board(dir)) {
            AutoCodingViewModel model = new AutoCodingViewModel(b.session);
            model.codeNameProperty().set("Plan");
            model.queryProperty().set("plan");
            model.preview();
            assertEquals(1, model.hits().size());
            model.queryProperty().set("mentor");
            assertNull(model.previewProperty().get());
            assertTrue(model.hits().isEmpty());
        }
    }

    @Test
    void aBadExpressionIsReportedAsAnError() {
        try (Board b = new Board(dir)) {
            AutoCodingViewModel model = new AutoCodingViewModel(b.session);
            model.codeNameProperty().set("Plan");
            model.modeProperty().set(AutoCodingViewModel.Mode.PATTERN);
            model.queryProperty().set("plan(");
            AssertionError e = assertThrows(AssertionError.class, model::preview);
            assertTrue(e.getCause().getMessage().contains("not a valid regular expression"));
        }
    }
}
