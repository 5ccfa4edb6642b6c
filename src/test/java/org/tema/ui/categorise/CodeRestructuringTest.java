package org.tema.ui.categorise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.RetrievedPassage;
import org.tema.model.Code;

class CodeRestructuringTest {
    @TempDir
    Path dir;

    private static List<String> codeNames(Board b) {
        return b.tree.codes().stream().map(n -> n.code().name()).toList();
    }

    @Test
    void renamingACodeIsOneUndoableStep() {
        try (Board b = new Board(dir)) {
            new CodeRestructuring(b.session).rename(b.plan, "Felles plan");
            assertEquals(List.of("Første møte", "Felles plan"), codeNames(b));
            b.session.undo();
            assertEquals(List.of("Første møte", "Plan"), codeNames(b));
        }
    }

    @Test
    void mergingMovesEveryPassageToTheTargetAndUndoSeparatesThemAgain() {
        try (Board b = new Board(dir)) {
            b.code(b.first, "en samtale hjemme");
            b.code(b.plan, "lager vi en plan");
            new CodeRestructuring(b.session).merge(b.plan, b.first);
            assertEquals(List.of("Første møte"), codeNames(b));
            assertEquals(2, b.tree.codes().get(0).count());
            b.session.undo();
            assertEquals(List.of("Første møte", "Plan"), codeNames(b));
            assertEquals(1, b.tree.node(b.plan).orElseThrow().count());
        }
    }

    @Test
    void splittingMovesTheChosenPassagesToANewCodeInTheSameCategory() {
        try (Board b = new Board(dir)) {
            b.code(b.plan, "lager vi en plan");
            long kept = b.code(b.plan, "Det tar tid");
            long moved = b.code(b.plan, "Mentoren kjenner");
            b.model.create("Planlegging");
            b.model.addCode(b.model.categories().get(0).id(), b.plan, 0);
            CodeRestructuring restructuring = new CodeRestructuring(b.session);
            List<RetrievedPassage> passages = new ArrayList<>();
            restructuring.passages(b.plan, passages::addAll);
            assertEquals(3, passages.size());
            assertTrue(passages.stream().anyMatch(r -> r.segmentId() == kept && r.text().equals("Det tar tid")));
            Code[] made = {null};
            restructuring.split(b.plan, "Mentor", List.of(moved), c -> made[0] = c);
            assertEquals("Mentor", made[0].name());
            assertEquals(2, b.tree.node(b.plan).orElseThrow().count());
            assertEquals(1, b.tree.node(made[0].id()).orElseThrow().count());
            assertEquals(List.of("Plan", "Mentor"), b.model.rows().get(0).codes().stream().map(n -> n.code().name()).toList());
            b.session.undo();
            assertEquals(3, b.tree.node(b.plan).orElseThrow().count());
            assertEquals(List.of("Første møte", "Plan"), codeNames(b));
        }
    }
}
