package org.tema.ui.categorise;

import java.nio.file.Path;
import org.tema.app.Project;
import org.tema.ui.TestProjects;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;

/** The test interview opened with a session that runs on the test's thread and fails the test on any error. */
final class Board implements AutoCloseable {
    final Project project;
    final ProjectSession session;
    final CodeTreeViewModel tree;
    final CategoriseViewModel model;
    final long first;
    final long plan;
    final long doc;

    Board(Path dir) {
        project = Project.open(TestProjects.interview(dir));
        session = new ProjectSession(project, new SameThreadTaskRunner(), e -> {
            throw new AssertionError(e);
        });
        tree = new CodeTreeViewModel(session);
        model = new CategoriseViewModel(session, tree);
        first = project.codeBook().find("1").id();
        plan = project.codeBook().find("2").id();
        doc = project.documents().list().get(0).id();
    }

    /** Codes the first occurrence of {@code words} in the interview with {@code codeId}; returns the segment's id. */
    long code(long codeId, String words) {
        int at = TestProjects.TEXT.indexOf(words);
        long[] id = {0};
        session.edit(p -> {
            id[0] = p.coding().apply(doc, codeId, at, at + words.length()).id();
        });
        return id[0];
    }

    @Override
    public void close() {
        project.close();
    }
}
