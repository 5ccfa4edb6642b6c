package org.tema.ui.categorise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.ui.TestProjects;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;
import org.tema.ui.report.ReportViewModel;

class CategoriseViewModelTest {
    @TempDir
    Path dir;

    @Test
    void categoriesListTheirCodesAndTheRestIsShownApart() {
        try (Project p = Project.open(TestProjects.interview(dir))) {
            ProjectSession session = new ProjectSession(p, new SameThreadTaskRunner(), e -> { throw new AssertionError(e); });
            CodeTreeViewModel tree = new CodeTreeViewModel(session);
            CategoriseViewModel model = new CategoriseViewModel(session, tree);
            ReportViewModel report = new ReportViewModel(session);
            long plan = p.codeBook().find("2").id();
            long doc = p.documents().list().get(0).id();
            session.edit(q -> {
                long cat = q.categories().create("Planlegging", "How plans are made").id();
                q.categories().addCode(cat, plan, 0);
                q.coding().apply(doc, plan, 0, 9);
            });
            assertEquals(2, model.rows().size());
            assertEquals("Planlegging", model.rows().get(0).category().name());
            assertEquals(1, model.rows().get(0).passages());
            assertNull(model.rows().get(1).category());
            assertEquals("Første møte", model.rows().get(1).codes().get(0).code().name());
            assertEquals("Planlegging", report.codeBook().get(1).category());
            assertEquals(1, report.codeBook().get(1).passages());
            assertEquals(1, report.documents().get(0).passages());
        }
    }
}
