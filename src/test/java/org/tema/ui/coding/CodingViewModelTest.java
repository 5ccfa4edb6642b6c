package org.tema.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.ui.TestProjects;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;
import org.tema.ui.transcript.Mark;

class CodingViewModelTest {
    @TempDir
    Path dir;
    Project project;
    ProjectSession session;
    CodeTreeViewModel tree;
    CodingViewModel coding;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        project = Project.open(TestProjects.interview(dir));
        session = new ProjectSession(project, new SameThreadTaskRunner(), errors::add);
        tree = new CodeTreeViewModel(session);
        coding = new CodingViewModel(session, tree, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        project.close();
        assertTrue(errors.isEmpty(), () -> errors.toString());
    }

    private Code code(String number) {
        return tree.codes().stream().map(CodeNode::code).filter(c -> c.number().equals(number)).findFirst().orElseThrow();
    }

    private int indexOf(String words) {
        return TestProjects.TEXT.indexOf(words);
    }

    @Test
    void opensTheFirstTranscriptWithItsSpeakers() {
        DocumentContent c = coding.contentProperty().get();
        assertNotNull(c);
        assertEquals("Gruppe H", c.document().name());
        assertEquals(5, c.speakers().size());
        assertTrue(c.speakers().get(0).interviewer());
        assertFalse(c.speakers().get(1).interviewer());
    }

    @Test
    void applyingACodePublishesTheNewPassageAndItsRange() {
        int s = indexOf("en samtale hjemme");
        coding.select(s, s + "en samtale hjemme".length());
        coding.apply(code("1"));
        MarkChange change = coding.markChangeProperty().get();
        assertEquals(1, change.marks().size());
        assertEquals(s, change.from());
        assertEquals(s + 17, change.to());
        assertEquals("1 Første møte", change.marks().get(0).label());
        assertEquals(1, tree.node(code("1").id()).orElseThrow().count());
        assertEquals("Apply code", session.undoNameProperty().get());
    }

    @Test
    void undoAndRedoOfACodingRepaintTheTranscript() {
        coding.select(0, 10);
        coding.apply(code("2"));
        session.undo();
        assertTrue(coding.marks().isEmpty());
        assertEquals("Apply code", session.redoNameProperty().get());
        session.redo();
        assertEquals(1, coding.marks().size());
    }

    @Test
    void severalCodesOnOnePassageAndRemovingOne() {
        coding.select(12, 40);
        coding.apply(code("1"));
        coding.apply(code("2"));
        assertEquals(2, coding.marksAtSelection().size());
        Mark first = coding.marks().get(0);
        coding.remove(first);
        assertEquals(1, coding.marks().size());
    }

    @Test
    void applyingWithoutSelectionTellsTheUser() {
        coding.select(5, 5);
        coding.apply(code("1"));
        assertTrue(coding.marks().isEmpty());
        assertEquals(Messages.of(Locale.ENGLISH).get("coding.selectFirst"), coding.noticeProperty().get());
    }

    @Test
    void quickCodeFindsByNumberOrPartOfName() {
        coding.select(0, 10);
        coding.quickCodeProperty().set("pla");
        coding.applyQuickCode();
        assertEquals(code("2").id(), coding.marks().get(0).codeId());
        assertEquals("", coding.quickCodeProperty().get());
        coding.select(20, 30);
        coding.quickCodeProperty().set("1");
        coding.applyQuickCode();
        assertEquals(2, coding.marks().size());
    }

    @Test
    void pinnedKeysApplyTheirCodes() {
        assertEquals(2, coding.pinned().size());
        coding.pin(code("2"), 1);
        coding.select(0, 10);
        coding.applyPinned(1);
        assertEquals(code("2").id(), coding.marks().get(0).codeId());
    }

    @Test
    void inVivoMakesACodeFromTheSelectedWords() {
        String words = "Mentoren kjenner ungdommen best.";
        int s = indexOf(words);
        coding.select(s, s + words.length());
        coding.inVivo(words);
        assertEquals("Mentoren kjenner ungdommen best", tree.selectedProperty().get().name());
        assertEquals(1, coding.marks().size());
    }

    @Test
    void passageListFiltersByCode() {
        PassagesViewModel passages = new PassagesViewModel(coding);
        coding.select(0, 10);
        coding.apply(code("1"));
        coding.select(20, 30);
        coding.apply(code("2"));
        assertEquals(2, passages.rows().size());
        passages.filterProperty().set(code("2"));
        assertEquals(1, passages.rows().size());
        assertEquals(TestProjects.TEXT.substring(20, 30).strip(), passages.rows().get(0).excerpt());
    }

    @Test
    void searchHitOpensAndSelectsTheWords() {
        SearchViewModel search = new SearchViewModel(session, coding);
        search.queryProperty().set("mentoren");
        search.search();
        assertFalse(search.hits().isEmpty());
        search.open(search.hits().get(0));
        assertEquals(search.hits().get(0).start(), coding.revealProperty().get().start());
        assertEquals(search.hits().get(0).start(), coding.selectionStartProperty().get());
    }
}
