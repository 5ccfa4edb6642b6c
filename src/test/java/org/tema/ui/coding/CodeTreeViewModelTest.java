package org.tema.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.ui.TestProjects;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;

class CodeTreeViewModelTest {
    @TempDir
    Path dir;
    Project project;
    ProjectSession session;
    CodeTreeViewModel tree;
    final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        project = Project.open(TestProjects.interview(dir));
        session = new ProjectSession(project, new SameThreadTaskRunner(), errors::add);
        tree = new CodeTreeViewModel(session);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Code code(String name) {
        return tree.codes().stream().map(CodeNode::code).filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void addedCodeIsSelectedAndRenamedCodeReloads() {
        tree.add(null, "3", "Mentor");
        assertEquals("Mentor", tree.selectedProperty().get().name());
        tree.rename(code("Mentor"), "Arbeidsmentor");
        assertEquals("3 Arbeidsmentor", tree.selectedProperty().get().label());
        assertEquals(3, tree.roots().size());
    }

    @Test
    void movingACodeUnderAnotherMakesItASubcodeWithCounts() {
        Code plan = code("Plan");
        project.coding().apply(project.documents().list().get(0).id(), plan.id(), 0, 5);
        tree.reload();
        tree.move(plan, code("Første møte").id(), 0);
        assertEquals(1, tree.roots().size());
        CodeNode parent = tree.roots().get(0);
        assertEquals("Plan", parent.children().get(0).code().name());
        assertEquals(0, parent.count());
        assertEquals(1, parent.totalCount());
        assertTrue(tree.deleteNeedsConfirmation(parent.code()));
    }

    @Test
    void mergeMovesPassagesAndSelectsTheTarget() {
        long doc = project.documents().list().get(0).id();
        project.coding().apply(doc, code("Plan").id(), 0, 5);
        tree.reload();
        tree.merge(code("Plan"), code("Første møte"));
        assertEquals(1, tree.codes().size());
        assertEquals(1, tree.codes().get(0).count());
        assertEquals("Første møte", tree.selectedProperty().get().name());
    }

    @Test
    void deleteOfAnUnusedCodeNeedsNoConfirmationAndIsUndoable() {
        Code plan = code("Plan");
        assertFalse(tree.deleteNeedsConfirmation(plan));
        tree.delete(plan);
        assertEquals(1, tree.codes().size());
        session.undo();
        assertEquals(2, tree.codes().size());
    }

    @Test
    void definitionAndMemoAreStoredOnlyWhenChanged() {
        Code plan = code("Plan");
        tree.define(plan, new CodeDefinition("Making a plan together", "", "", ""));
        tree.define(code("Plan"), code("Plan").definition());
        assertEquals("Edit definition of «Plan»", session.undoNameProperty().get());
        tree.setMemo(code("Plan"), "merge with 1?");
        assertEquals("merge with 1?", code("Plan").memo());
        assertTrue(errors.isEmpty());
    }

    @Test
    void bestMatchPrefersNumberThenStartThenPart() {
        assertEquals("Plan", tree.bestMatch("2").orElseThrow().name());
        assertEquals("Første møte", tree.bestMatch("før").orElseThrow().name());
        assertEquals("Første møte", tree.bestMatch("møte").orElseThrow().name());
        assertTrue(tree.bestMatch("xyz").isEmpty());
    }
}
