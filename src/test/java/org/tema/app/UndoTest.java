package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.io.json.ProjectJson;
import org.tema.model.AttributeType;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Segment;

/** Every edit can be undone to exactly the state before it, and redone to exactly the state after it. */
class UndoTest {
    @TempDir
    Path dir;

    private String state(Project p) {
        return ProjectJson.toJson(ProjectJson.snapshot(p.stores().file()));
    }

    /** Applies the edit, then checks undo restores the before-state and redo the after-state. */
    private void assertUndoable(Project p, Runnable edit) {
        String before = state(p);
        edit.run();
        String after = state(p);
        assertFalse(before.equals(after), "the edit changed nothing");
        p.history().undo();
        assertEquals(before, state(p), "undo of " + p.history().redoName().orElse("?"));
        p.history().redo();
        assertEquals(after, state(p), "redo of " + p.history().undoName().orElse("?"));
    }

    @Test
    void codeBookEditsAreUndoable() {
        try (Project p = TestProjects.withInterview(dir)) {
            CodeBook book = p.codeBook();
            Code trust = book.add(null, "1", "Tillit");
            Code place = book.add(null, "2", "Sted");
            assertUndoable(p, () -> book.add(trust.id(), "1.1", "Tillit digitalt"));
            assertUndoable(p, () -> book.rename(trust.id(), "Relasjon og tillit"));
            assertUndoable(p, () -> book.recolour(trust.id(), "#336699"));
            assertUndoable(p, () -> book.renumber(trust.id(), "10"));
            assertUndoable(p, () -> book.define(trust.id(), new CodeDefinition("d", "w", "n", "e")));
            assertUndoable(p, () -> book.setMemo(trust.id(), "memo"));
            assertUndoable(p, () -> book.setSummary(trust.id(), "summary"));
            assertUndoable(p, () -> book.move(place.id(), trust.id(), 0));
            assertEquals("Rename code «Relasjon og tillit»", undoNameAfter(p, () -> book.rename(trust.id(), "X")));
        }
    }

    private static String undoNameAfter(Project p, Runnable edit) {
        edit.run();
        return p.history().undoName().orElseThrow();
    }

    @Test
    void mergeMovesEveryPassageToTheTargetWithoutDoublingAndUndoes() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            Code a = p.codeBook().add(null, "1", "A");
            Code b = p.codeBook().add(null, "2", "B");
            Code child = p.codeBook().add(a.id(), "1.1", "A child");
            int[] r1 = TestProjects.rangeOf("Tillit tar tid");
            int[] r2 = TestProjects.rangeOf("Åpenhet");
            p.coding().apply(doc, a.id(), r1[0], r1[1]);
            p.coding().apply(doc, a.id(), r2[0], r2[1]);
            p.coding().apply(doc, b.id(), r2[0], r2[1]);
            var category = p.categories().create("Kategori", "");
            p.categories().addCode(category.id(), a.id(), 0);
            assertUndoable(p, () -> p.codeBook().merge(a.id(), b.id()));
            assertEquals(2, p.coding().ofCode(b.id()).size());
            assertEquals(b.id(), p.codeBook().get(child.id()).parentId());
            assertThrows(IllegalArgumentException.class, () -> p.codeBook().get(a.id()));
        }
    }

    @Test
    void deletingACodeWithPassagesNeedsConfirmationAndUndoBringsThemBack() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            Code a = p.codeBook().add(null, "1", "A");
            p.codeBook().add(a.id(), "1.1", "A child");
            int[] r = TestProjects.rangeOf("Tillit tar tid");
            p.coding().apply(doc, a.id(), r[0], r[1]);
            var category = p.categories().create("Kategori", "");
            p.categories().addCode(category.id(), a.id(), 0);
            String before = state(p);
            assertThrows(ConfirmationRequiredException.class, () -> p.codeBook().delete(a.id(), false));
            assertEquals(before, state(p));
            assertUndoable(p, () -> p.codeBook().delete(a.id(), true));
            assertEquals(0, p.codeBook().codes().size());
        }
    }

    @Test
    void codingEditsAreUndoable() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            Code a = p.codeBook().add(null, "1", "A");
            int[] r = TestProjects.rangeOf("Tillit tar tid");
            p.stores().coders().obtain(p.coder().name()); // the coder is recorded once, not undone with a coding
            assertUndoable(p, () -> p.coding().apply(doc, a.id(), r[0], r[1]));
            Segment s = p.coding().ofDocument(doc).get(0);
            assertEquals(s, p.coding().apply(doc, a.id(), r[0], r[1]), "the same coding twice is one passage");
            assertUndoable(p, () -> p.coding().setMemo(s.id(), "viktig"));
            assertUndoable(p, () -> p.coding().setInReport(s.id(), true));
            assertUndoable(p, () -> p.coding().remove(s.id()));
        }
    }

    @Test
    void codingRefusesRangesOutsideTheTextOrInsideACharacter() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            Code a = p.codeBook().add(null, "1", "A");
            int emoji = TestProjects.INTERVIEW.indexOf("😀");
            assertThrows(IllegalArgumentException.class, () -> p.coding().apply(doc, a.id(), emoji, emoji + 1));
            assertThrows(IllegalArgumentException.class, () -> p.coding().apply(doc, a.id(), 5, 5));
            assertThrows(IllegalArgumentException.class, () -> p.coding().apply(doc, a.id(), 5, 100_000));
            p.coding().apply(doc, a.id(), emoji, emoji + 2);
        }
    }

    @Test
    void categoryEditsAreUndoable() {
        try (Project p = TestProjects.withInterview(dir)) {
            Code a = p.codeBook().add(null, "1", "A");
            Code b = p.codeBook().add(null, "2", "B");
            var first = p.categories().create("Første", "");
            var second = p.categories().create("Andre", "");
            assertUndoable(p, () -> p.categories().create("Tredje", "beskrivelse"));
            assertUndoable(p, () -> p.categories().rename(first.id(), "Først"));
            assertUndoable(p, () -> p.categories().describe(first.id(), "om relasjoner"));
            assertUndoable(p, () -> p.categories().setMemo(first.id(), "notat"));
            assertUndoable(p, () -> p.categories().addCode(first.id(), a.id(), 0));
            assertUndoable(p, () -> p.categories().addCode(first.id(), b.id(), 0));
            assertEquals(List.of(b.id(), a.id()), p.categories().get(first.id()).codeIds());
            assertUndoable(p, () -> p.categories().addCode(second.id(), a.id(), 0));
            assertEquals(List.of(b.id()), p.categories().get(first.id()).codeIds(), "a code is in one category only");
            assertUndoable(p, () -> p.categories().moveTo(second.id(), 0));
            assertUndoable(p, () -> p.categories().removeCode(second.id(), a.id()));
            assertUndoable(p, () -> p.categories().delete(first.id()));
        }
    }

    @Test
    void documentParticipantAndJournalEditsAreUndoable() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            assertUndoable(p, () -> p.documents().setMemo(doc, "lest to ganger"));
            assertUndoable(p, () -> p.documents().setDetails(doc, "Intervju B", "Kontor B", LocalDate.of(2026, 2, 3)));
            assertUndoable(p, () -> TestProjects.addInterview(p, "Kontor C"));
            var berit = p.participants().add("Berit", "Kontor B", false);
            assertUndoable(p, () -> p.participants().add("Bjørn", "Kontor B", false));
            var size = p.participants().defineAttribute("portefølje", AttributeType.INTEGER);
            assertUndoable(p, () -> p.participants().setValue(berit.id(), size, " 42 "));
            assertEquals("42", p.participants().values(berit.id()).get(0).value());
            assertThrows(IllegalArgumentException.class, () -> p.participants().setValue(berit.id(), size, "mange"));
            assertUndoable(p, () -> p.journal().add(LocalDate.of(2026, 3, 1), "Første inntrykk"));
            Code a = p.codeBook().add(null, "1", "A");
            int[] r = TestProjects.rangeOf("Tillit tar tid");
            p.coding().apply(doc, a.id(), r[0], r[1]);
            assertUndoable(p, () -> p.documents().delete(doc));
        }
    }

    @Test
    void textEditKeepsCodingsOnTheirWordsAndUndoRestoresThem() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            Code a = p.codeBook().add(null, "1", "A");
            int[] trust = TestProjects.rangeOf("Tillit tar tid");
            int[] open = TestProjects.rangeOf("Åpenhet og tillit");
            p.coding().apply(doc, a.id(), trust[0], trust[1]);
            p.coding().apply(doc, a.id(), open[0], open[1]);
            int at = TestProjects.INTERVIEW.indexOf("kontoret");
            assertUndoable(p, () -> p.documents().editText(doc, at, at + "kontoret".length(), "det lokale kontoret"));
            String text = p.documents().text(doc);
            List<String> coded = p.coding().ofDocument(doc).stream().map(s -> text.substring(s.start(), s.end())).toList();
            assertEquals(List.of("Tillit tar tid", "Åpenhet og tillit"), coded);
            int del = text.indexOf("Åpenhet og tillit");
            Documents.EditResult result = p.documents().editText(doc, del - 1, del + "Åpenhet og tillit".length() + 1, "");
            assertEquals(1, result.removed().size());
            assertEquals(1, p.coding().ofDocument(doc).size());
            p.history().undo();
            assertEquals(2, p.coding().ofDocument(doc).size());
            assertEquals(List.of(), p.check());
        }
    }

    @Test
    void undoWithNothingToUndoDoesNothing() {
        try (Project p = TestProjects.withInterview(dir)) {
            while (p.history().canUndo()) {
                p.history().undo();
            }
            String before = state(p);
            p.history().undo();
            p.history().redo();
            p.history().undo();
            assertEquals(0, p.documents().list().size());
            assertTrue(p.history().canRedo());
            assertFalse(before.isEmpty());
        }
    }
}
