package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.analysis.PassageFilter;
import org.tema.model.Category;
import org.tema.model.Code;

/** Rename, merge and move codes, and move them between categories: nothing is lost, and all is undoable. */
class RestructuringTest extends OfficesTest {
    private List<String> texts(Code code) {
        return project.retrieval().ofCode(code.id(), PassageFilter.EVERYTHING).stream().map(RetrievedPassage::text).toList();
    }

    @Test
    void renameIsUndoneAndRedone() {
        project.codeBook().rename(o.tid.id(), "Tidspress");
        assertEquals("Tidspress", project.codeBook().get(o.tid.id()).name());
        project.history().undo();
        assertEquals(o.tid, project.codeBook().get(o.tid.id()));
        project.history().redo();
        assertEquals("Tidspress", project.codeBook().get(o.tid.id()).name());
        assertEquals(2, texts(o.tid).size());
    }

    @Test
    void mergeMovesEveryPassageAndUndoRestoresTheSourceWithItsCategory() {
        Category c = project.categories().create("Relasjoner", "");
        project.categories().addCode(c.id(), o.tid.id(), 0);
        List<String> before = texts(o.tid);
        project.codeBook().merge(o.tid.id(), o.tillit.id());
        assertEquals(4, texts(o.tillit).size());
        assertTrue(project.stores().codes().find(o.tid.id()).isEmpty());
        project.history().undo();
        assertEquals(before, texts(o.tid));
        assertEquals(2, texts(o.tillit).size());
        assertEquals(List.of(o.tid.id()), project.categories().get(c.id()).codeIds());
        project.history().redo();
        assertEquals(4, texts(o.tillit).size());
    }

    @Test
    void mergingIntoACodeOnTheSameWordsKeepsOnePassage() {
        o.code(o.b, Offices.TEXT_B, o.tillit, "over tid. Det tar tid");
        project.codeBook().merge(o.tid.id(), o.tillit.id());
        assertEquals(List.of("Vi stoler på hverandre.", "Tid er det vi mangler mest.", "Tillit bygger vi over tid.",
                "over tid. Det tar tid"), texts(o.tillit));
        project.history().undo();
        assertEquals(3, texts(o.tillit).size());
        assertEquals(2, texts(o.tid).size());
    }

    @Test
    void movingACodeUnderAnotherIsUndone() {
        project.codeBook().move(o.tid.id(), o.samarbeid.id(), 0);
        assertEquals(o.samarbeid.id(), project.codeBook().get(o.tid.id()).parentId());
        project.history().undo();
        assertEquals(null, project.codeBook().get(o.tid.id()).parentId());
        assertEquals(List.of(o.tillit, o.samarbeid, o.tid), project.codeBook().codes());
    }

    @Test
    void movingACodeBetweenCategoriesIsUndone() {
        Category first = project.categories().create("Relasjoner", "");
        Category second = project.categories().create("Rammer", "");
        project.categories().addCode(first.id(), o.tid.id(), 0);
        project.categories().addCode(first.id(), o.tillit.id(), 1);
        project.categories().addCode(second.id(), o.tid.id(), 0);
        assertEquals(List.of(o.tillit.id()), project.categories().get(first.id()).codeIds());
        assertEquals(List.of(o.tid.id()), project.categories().get(second.id()).codeIds());
        project.history().undo();
        assertEquals(List.of(o.tid.id(), o.tillit.id()), project.categories().get(first.id()).codeIds());
        assertEquals(List.of(), project.categories().get(second.id()).codeIds());
    }
}
