package org.tema.ui.categorise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Category;
import org.tema.ui.report.ReportViewModel;

class CategoriseViewModelTest {
    @TempDir
    Path dir;

    private static List<String> names(CategoriseViewModel model) {
        return model.categories().stream().map(Category::name).toList();
    }

    private static List<String> codesOf(CategoryRow row) {
        return row.codes().stream().map(n -> n.code().name()).toList();
    }

    @Test
    void categoriesListTheirCodesAndTheRestIsShownApart() {
        try (Board b = new Board(dir)) {
            ReportViewModel report = new ReportViewModel(b.session);
            b.session.edit(q -> {
                long cat = q.categories().create("Planlegging", "How plans are made").id();
                q.categories().addCode(cat, b.plan, 0);
                q.coding().apply(b.doc, b.plan, 0, 9);
            });
            assertEquals(2, b.model.rows().size());
            assertEquals("Planlegging", b.model.rows().get(0).category().name());
            assertEquals(1, b.model.rows().get(0).passages());
            assertNull(b.model.rows().get(1).category());
            assertEquals("Første møte", b.model.rows().get(1).codes().get(0).code().name());
            assertEquals("Planlegging", report.codeBook().get(1).category());
            assertEquals(1, report.codeBook().get(1).passages());
            assertEquals(1, report.documents().get(0).passages());
        }
    }

    @Test
    void creatingACategorySelectsItAndUndoRemovesIt() {
        try (Board b = new Board(dir)) {
            b.model.create("Oppstart");
            assertEquals(List.of("Oppstart"), names(b.model));
            assertEquals("Oppstart", b.model.selectedProperty().get().name());
            b.session.undo();
            assertEquals(List.of(), names(b.model));
            assertNull(b.model.selectedProperty().get());
        }
    }

    @Test
    void twoCodesDroppedIntoACategoryCountTheirPassagesTogether() {
        try (Board b = new Board(dir)) {
            b.code(b.first, "en samtale hjemme");
            b.code(b.plan, "lager vi en plan");
            b.code(b.plan, "Mentoren kjenner");
            b.model.create("Oppstart");
            long cat = b.model.categories().get(0).id();
            b.model.addCode(cat, b.plan, 0);
            b.model.addCode(cat, b.first, 0);
            CategoryRow row = b.model.rows().get(0);
            assertEquals(List.of("Første møte", "Plan"), codesOf(row));
            assertEquals(3, row.passages());
            assertTrue(b.model.uncategorised().isEmpty());
            assertEquals("Add code to «Oppstart»", b.session.undoNameProperty().get());
        }
    }

    @Test
    void aCodeDroppedIntoAnotherCategoryLeavesTheFirst() {
        try (Board b = new Board(dir)) {
            b.model.create("A");
            b.model.create("B");
            long a = b.model.categories().get(0).id();
            long bee = b.model.categories().get(1).id();
            b.model.addCode(a, b.plan, 0);
            b.model.addCode(bee, b.plan, 0);
            assertEquals(List.of(), codesOf(b.model.rows().get(0)));
            assertEquals(List.of("Plan"), codesOf(b.model.rows().get(1)));
        }
    }

    @Test
    void removingACodeReturnsItToTheCodesInNoCategory() {
        try (Board b = new Board(dir)) {
            b.model.create("A");
            long a = b.model.categories().get(0).id();
            b.model.addCode(a, b.plan, 0);
            b.model.removeCode(b.plan);
            assertEquals(List.of(), codesOf(b.model.rows().get(0)));
            assertEquals(List.of("Første møte", "Plan"), codesOf(b.model.uncategorised().orElseThrow()));
        }
    }

    @Test
    void renameDescribeAndMemoChangeTheSelectedCategoryAndUndoOneByOne() {
        try (Board b = new Board(dir)) {
            b.model.create("A");
            long a = b.model.categories().get(0).id();
            b.model.rename(a, "Oppstart");
            b.model.describe(a, "Hvordan samarbeidet begynner");
            b.model.setMemo(a, "Sjekk Kontor B");
            Category shown = b.model.selectedProperty().get();
            assertEquals("Oppstart", shown.name());
            assertEquals("Hvordan samarbeidet begynner", shown.description());
            assertEquals("Sjekk Kontor B", shown.memo());
            b.session.undo();
            assertEquals("", b.model.selectedProperty().get().memo());
            b.session.undo();
            assertEquals("", b.model.selectedProperty().get().description());
            assertEquals("Oppstart", b.model.selectedProperty().get().name());
        }
    }

    @Test
    void categoriesMoveByPositionAndStepButNotPastTheEnds() {
        try (Board b = new Board(dir)) {
            b.model.create("A");
            b.model.create("B");
            b.model.create("C");
            long c = b.model.categories().get(2).id();
            b.model.move(c, 0);
            assertEquals(List.of("C", "A", "B"), names(b.model));
            b.model.shift(c, +1);
            assertEquals(List.of("A", "C", "B"), names(b.model));
            b.model.shift(b.model.categories().get(0).id(), -1);
            assertEquals(List.of("A", "C", "B"), names(b.model));
            b.model.shift(b.model.categories().get(2).id(), +1);
            assertEquals(List.of("A", "C", "B"), names(b.model));
            b.session.undo();
            assertEquals(List.of("C", "A", "B"), names(b.model));
        }
    }

    @Test
    void deletingACategoryKeepsItsCodesAndUndoBringsItBack() {
        try (Board b = new Board(dir)) {
            b.model.create("A");
            long a = b.model.categories().get(0).id();
            b.model.addCode(a, b.plan, 0);
            b.model.delete(a);
            assertEquals(List.of(), names(b.model));
            assertNull(b.model.selectedProperty().get());
            assertEquals(List.of("Første møte", "Plan"), codesOf(b.model.uncategorised().orElseThrow()));
            b.session.undo();
            assertEquals(List.of("Plan"), codesOf(b.model.rows().get(0)));
        }
    }
}
