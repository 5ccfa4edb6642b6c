package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.analysis.PassageFilter;
import org.tema.app.AutoCoding.Preview;
import org.tema.app.AutoCoding.Scope;
import org.tema.model.Code;

class AutoCodingTest extends OfficesTest {
    private List<String> texts(Code code) {
        return project.retrieval().ofCode(code.id(), PassageFilter.EVERYTHING).stream().map(RetrievedPassage::text).toList();
    }

    @Test
    void searchHitsArePreviewedThenCodedWithANewCodeAsOneUndoableEdit() {
        Preview preview = project.autoCoding().previewSearch("Tidspress", "tid", Scope.HIT);
        assertTrue(preview.existingCode().isEmpty());
        assertEquals(4, preview.hits().size()); // «Tid er», «tar tid.» in A; «over tid.», «tar tid» in B
        assertTrue(preview.hits().get(0).snippet().contains("Arild: [Tid] er det vi mangler mest."));
        assertEquals(3, project.codeBook().codes().size()); // nothing changed by the preview
        AutoCoding.Result result = project.autoCoding().apply(preview);
        assertEquals(4, result.coded());
        assertEquals(List.of("Tid", "tid", "tid", "tid"), texts(result.code()));
        project.history().undo();
        assertEquals(3, project.codeBook().codes().size());
        assertEquals(7, project.stores().segments().count());
        project.history().redo();
        assertEquals(List.of("Tid", "tid", "tid", "tid"), texts(project.codeBook().get(result.code().id())));
    }

    @Test
    void turnScopeCodesEachTurnWithAHitOnce() {
        Preview preview = project.autoCoding().previewSearch("Tid", "tid", Scope.TURN);
        assertEquals(project.codeBook().get(o.tid.id()), preview.existingCode().orElseThrow());
        AutoCoding.Result result = project.autoCoding().apply(preview);
        assertEquals(2, result.coded());
        assertEquals(List.of("Tid er det vi mangler mest.", "Tid er det vi mangler mest. Samarbeid tar tid.",
                "Tillit bygger vi over tid. Det tar tid å bygge tillit.", "over tid. Det tar tid"), texts(o.tid));
    }

    @Test
    void regularExpressionMatchesAreCodedAndPassagesAlreadyCodedAreSkipped() {
        Preview preview = project.autoCoding().previewPattern("2", "Samarbeid\\w*", Scope.HIT);
        assertEquals(2, preview.hits().size());
        Preview whole = project.autoCoding().previewPattern("Samarbeid", "Samarbeid tar tid\\.", Scope.HIT);
        assertTrue(whole.hits().get(0).alreadyCoded());
        assertEquals(0, project.autoCoding().apply(whole).coded());
        assertEquals(2, project.autoCoding().apply(preview).coded());
        assertEquals(5, texts(o.samarbeid).size());
        assertThrows(IllegalArgumentException.class, () -> project.autoCoding().previewPattern("X", "(unclosed", Scope.HIT));
    }

    @Test
    void everyTurnOfASpeakerIsCodedAndTheAnalystCanLeaveHitsOut() {
        Preview preview = project.autoCoding().previewSpeaker("Intervjuer", "intervjuer");
        assertEquals(2, preview.hits().size());
        Preview onlyFirst = preview.keeping(List.of(preview.hits().get(0)));
        AutoCoding.Result result = project.autoCoding().apply(onlyFirst);
        assertEquals(List.of("Hva tenker dere om samarbeidet?"), texts(result.code()));
        assertFalse(result.code().name().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> project.autoCoding().previewSpeaker("X", "Nobody"));
    }
}
