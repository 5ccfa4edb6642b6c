package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.RetrievedPassage;

class RetrievalViewModelTest {
    @TempDir
    Path dir;
    AnalysisFixture fx;
    FilterModel filter;
    RetrievalViewModel model;

    @BeforeEach
    void open() {
        fx = new AnalysisFixture(dir);
        filter = new FilterModel(fx.session);
        model = new RetrievalViewModel(fx.session, filter);
    }

    @AfterEach
    void close() {
        fx.project.close();
    }

    private Subject code(long id) {
        return model.subjects().stream().filter(s -> s.isCode() && s.id() == id).findFirst().orElseThrow();
    }

    private List<String> texts() {
        return model.passages().stream().map(RetrievedPassage::text).toList();
    }

    @Test
    void aCodesPassagesComeWithSpeakerGroupAndDocumentWithoutTheInterviewer() {
        model.subjectProperty().set(code(fx.plan));
        assertEquals(List.of(AnalysisFixture.HILDE_START, AnalysisFixture.JONAS), texts());
        RetrievedPassage jonas = model.passages().get(1);
        assertEquals("Jonas", jonas.speaker());
        assertEquals("Kontor H", jonas.group());
        assertEquals("Gruppe H", jonas.documentName());
        assertEquals(AnalysisFixture.start(AnalysisFixture.JONAS), jonas.start());
    }

    @Test
    void filtersNarrowAndWidenThePassages() {
        model.subjectProperty().set(code(fx.plan));
        filter.includeInterviewerProperty().set(true);
        assertEquals(3, model.passages().size());
        filter.includeInterviewerProperty().set(false);
        filter.attributeProperty().set(filter.attributes().get(0));
        assertEquals(List.of("Pedagogikk", "Sosialt arbeid"), filter.values().options());
        filter.values().choose("Pedagogikk", true);
        assertEquals(List.of(AnalysisFixture.JONAS), texts());
        filter.clear();
        filter.groups().choose("Kontor X", true);
        assertTrue(model.passages().isEmpty());
        filter.groups().choose("Kontor H", true);
        filter.documents().choose(filter.documents().options().get(0), true);
        filter.coders().choose(filter.coders().options().get(0), true);
        assertEquals(2, model.passages().size());
    }

    @Test
    void aCategoryGathersThePassagesOfItsCodes() {
        fx.session.edit(p -> {
            long cat = p.categories().create("Samarbeid", "").id();
            p.categories().addCode(cat, fx.first, 0);
            p.categories().addCode(cat, fx.plan, 1);
        });
        Subject category = model.subjects().stream().filter(s -> !s.isCode()).findFirst().orElseThrow();
        assertEquals("Samarbeid", category.label());
        model.subjectProperty().set(category);
        assertEquals(3, model.passages().size());
        assertFalse(model.summaryEditableProperty().get());
    }

    @Test
    void theSummaryIsSavedUndoablyAndSurvivesAReload() {
        model.subjectProperty().set(code(fx.plan));
        assertTrue(model.summaryEditableProperty().get());
        model.summary().textProperty().set("Plans are made together with the youth.");
        model.saveSummary();
        assertEquals("Plans are made together with the youth.", fx.project.codeBook().get(fx.plan).summary());
        assertEquals("Plans are made together with the youth.", model.summary().textProperty().get());
        fx.session.undo();
        assertEquals("", model.summary().textProperty().get());
    }

    @Test
    void choosingAnotherCodeSavesTheEditedSummaryFirst() {
        model.subjectProperty().set(code(fx.plan));
        model.summary().textProperty().set("Planning.");
        model.subjectProperty().set(code(fx.first));
        assertEquals("Planning.", fx.project.codeBook().get(fx.plan).summary());
        assertEquals("", model.summary().textProperty().get());
        assertEquals(List.of(AnalysisFixture.HILDE), texts());
    }

    @Test
    void aReloadKeepsWordsTypedButNotYetSaved() {
        model.subjectProperty().set(code(fx.plan));
        model.summary().textProperty().set("Half a thou");
        fx.session.edit(p -> p.codeBook().rename(fx.first, "Møtet"));
        assertEquals("Half a thou", model.summary().textProperty().get());
        assertTrue(model.summary().isDirty());
    }
}
