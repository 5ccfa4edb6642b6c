package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.model.Omission;
import org.tema.model.Segment;

class OmissionsTest {
    private static final String TEXT = "Berit: Vi lytter først, og så planlegger vi sammen med kandidaten.\n";
    @TempDir
    Path dir;
    Project project;
    Document doc;
    Code code;
    Segment passage;
    int omitStart;
    int omitEnd;

    @BeforeEach
    void setUp() {
        project = Project.create(dir.resolve("o.tema"));
        doc = project.documents().add("Kontor B", "b.txt", "txt", TEXT, "Kontor B", null, List.of());
        code = project.codeBook().add(null, "1", "Brukermedvirkning");
        passage = project.coding().apply(doc.id(), code.id(), 7, TEXT.length() - 1);
        omitStart = TEXT.indexOf("og så");
        omitEnd = TEXT.indexOf(" sammen");
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    @Test
    void anOmissionIsStoredAndItsMarkingCanBeUndoneAndRedone() {
        Omission o = project.omissions().add(passage.id(), omitStart, omitEnd);
        assertEquals(List.of(o), project.omissions().of(passage.id()));
        project.history().undo();
        assertEquals(List.of(), project.omissions().of(passage.id()));
        project.history().redo();
        assertEquals(List.of(o), project.omissions().of(passage.id()));
        project.omissions().remove(o);
        assertEquals(List.of(), project.omissions().of(passage.id()));
        project.history().undo();
        assertEquals(List.of(o), project.omissions().of(passage.id()));
    }

    @Test
    void anOmissionMustLieInsideItsPassageAndNotOverlapAnother() {
        assertThrows(IllegalArgumentException.class, () -> project.omissions().add(passage.id(), 0, 10));
        assertThrows(IllegalArgumentException.class, () -> project.omissions().add(passage.id(), passage.start(), passage.end()));
        project.omissions().add(passage.id(), omitStart, omitEnd);
        assertThrows(IllegalArgumentException.class, () -> project.omissions().add(passage.id(), omitStart + 2, omitEnd + 5));
        assertEquals(1, project.omissions().of(passage.id()).size());
    }

    @Test
    void undoingTheRemovalOfAPassageBringsItsOmissionsBack() {
        Omission o = project.omissions().add(passage.id(), omitStart, omitEnd);
        project.coding().remove(passage.id());
        assertEquals(List.of(), project.omissions().of(passage.id()));
        project.history().undo();
        assertEquals(List.of(o), project.omissions().of(passage.id()));
    }

    @Test
    void undoingTheDeletionOfACodeOrDocumentBringsTheOmissionsBack() {
        Omission o = project.omissions().add(passage.id(), omitStart, omitEnd);
        project.codeBook().delete(code.id(), true);
        project.history().undo();
        assertEquals(List.of(o), project.omissions().of(passage.id()));
        project.documents().delete(doc.id());
        project.history().undo();
        assertEquals(List.of(o), project.omissions().of(passage.id()));
    }

    @Test
    void anOmissionStaysOnItsWordsWhenTheTextBeforeItIsEdited() {
        project.omissions().add(passage.id(), omitStart, omitEnd);
        project.documents().editText(doc.id(), 10, 10, "alltid ");
        Omission moved = project.omissions().of(passage.id()).get(0);
        String text = project.documents().text(doc.id());
        assertEquals("og så planlegger vi", text.substring(moved.start(), moved.end()));
        project.history().undo();
        assertEquals(List.of(new Omission(passage.id(), omitStart, omitEnd)), project.omissions().of(passage.id()));
    }

    @Test
    void anOmissionWhoseWordsAreDeletedGoesAway() {
        project.omissions().add(passage.id(), omitStart, omitEnd);
        project.documents().editText(doc.id(), omitStart - 1, omitEnd, "");
        assertTrue(project.omissions().of(passage.id()).isEmpty());
        assertEquals(List.of(), project.check());
    }
}
