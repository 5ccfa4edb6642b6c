package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.analysis.PassageFilter;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Segment;

class CodeSplitTest extends OfficesTest {
    private List<String> texts(Code code) {
        return project.retrieval().ofCode(code.id(), PassageFilter.EVERYTHING).stream().map(RetrievedPassage::text).toList();
    }

    private long segmentOf(Code code, String text) {
        return project.retrieval().ofCode(code.id(), PassageFilter.EVERYTHING).stream()
                .filter(p -> p.text().equals(text)).findFirst().orElseThrow().segmentId();
    }

    @Test
    void chosenPassagesMoveToTheNewCodeBesideTheOldInItsCategory() {
        Category c = project.categories().create("Praksis", "");
        project.categories().addCode(c.id(), o.samarbeid.id(), 0);
        project.categories().addCode(c.id(), o.tid.id(), 1);
        Code nav = project.codeSplit().split(o.samarbeid.id(), "Samarbeid med Nav",
                List.of(segmentOf(o.samarbeid, "hverandre. Samarbeidet med Nav går fint.")));
        assertEquals(List.of("hverandre. Samarbeidet med Nav går fint."), texts(nav));
        assertEquals(List.of("Hva tenker dere om samarbeidet?", "Samarbeid tar tid."), texts(o.samarbeid));
        assertEquals(List.of(o.samarbeid.id(), nav.id(), o.tid.id()), project.categories().get(c.id()).codeIds());
        assertEquals(o.samarbeid.parentId(), nav.parentId());
    }

    @Test
    void undoPutsThePassagesBackAndRedoMovesThemAgain() {
        long moved = segmentOf(o.samarbeid, "Samarbeid tar tid.");
        Segment before = project.coding().get(moved);
        Code split = project.codeSplit().split(o.samarbeid.id(), "Samarbeid og tid", List.of(moved));
        project.history().undo();
        assertEquals(before, project.coding().get(moved));
        assertTrue(project.stores().codes().find(split.id()).isEmpty());
        assertEquals(3, texts(o.samarbeid).size());
        project.history().redo();
        assertEquals(List.of("Samarbeid tar tid."), texts(split));
        assertEquals(split, project.codeBook().get(split.id()));
    }

    @Test
    void onlyTheCodesOwnPassagesCanMove() {
        long other = segmentOf(o.tid, "Tid er det vi mangler mest.");
        assertThrows(IllegalArgumentException.class, () -> project.codeSplit().split(o.samarbeid.id(), "X", List.of(other)));
        assertThrows(IllegalArgumentException.class, () -> project.codeSplit().split(o.samarbeid.id(), " ", List.of()));
        assertEquals(3, project.codeBook().codes().size());
    }
}
