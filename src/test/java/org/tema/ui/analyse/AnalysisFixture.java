package org.tema.ui.analyse;

import java.nio.file.Path;
import org.tema.app.Project;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.ui.TestProjects;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;

/**
 * The interview of {@link TestProjects} coded through the use cases: «1 Første møte» on Hilde's
 * first words, «2 Plan» on those same words (they overlap), on Jonas's plan and on the
 * interviewer's question about the plan. Hilde's background is «Sosialt arbeid», Jonas's «Pedagogikk».
 */
final class AnalysisFixture {
    static final String HILDE = "Vi starter alltid med en samtale hjemme";
    static final String HILDE_START = "Vi starter alltid";
    static final String JONAS = "lager vi en plan sammen";
    static final String INTERVIEWER = "Hva gjør dere når planen ikke holder?";

    final Project project;
    final ProjectSession session;
    final long first;
    final long plan;
    final long document;

    AnalysisFixture(Path dir) {
        project = Project.open(TestProjects.interview(dir));
        session = new ProjectSession(project, new SameThreadTaskRunner(), e -> { throw new AssertionError(e); });
        first = project.codeBook().find("1").id();
        plan = project.codeBook().find("2").id();
        document = project.documents().list().get(0).id();
        code(first, HILDE);
        code(plan, HILDE_START);
        code(plan, JONAS);
        code(plan, INTERVIEWER);
        Attribute background = project.participants().defineAttribute("Bakgrunn", AttributeType.TEXT);
        project.participants().setValue(project.participants().find("Hilde").orElseThrow().id(), background, "Sosialt arbeid");
        project.participants().setValue(project.participants().find("Jonas").orElseThrow().id(), background, "Pedagogikk");
    }

    private void code(long codeId, String words) {
        int s = TestProjects.TEXT.indexOf(words);
        project.coding().apply(document, codeId, s, s + words.length());
    }

    static int start(String words) {
        return TestProjects.TEXT.indexOf(words);
    }
}
