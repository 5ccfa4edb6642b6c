package org.tema.ui.analyse;

import java.util.Set;
import org.tema.analysis.PassageFilter;
import org.tema.app.Project;

/**
 * What the filter bar is set to: at most one group, document, coder and participant attribute value
 * (null means any), and whether interviewer turns count. Turned into a {@link PassageFilter} against
 * the open project, because an attribute value is checked against the attribute's type.
 */
public record FilterChoice(String group, Long documentId, Long coderId, String attribute, String value,
                           boolean includeInterviewer) {
    public static final FilterChoice ANY = new FilterChoice(null, null, null, null, null, false);

    public PassageFilter toFilter(Project project) {
        PassageFilter f = PassageFilter.DEFAULT.includingInterviewer(includeInterviewer)
                .withGroups(group == null ? Set.of() : Set.of(group))
                .withDocuments(documentId == null ? Set.of() : Set.of(documentId))
                .withCoders(coderId == null ? Set.of() : Set.of(coderId));
        boolean byAttribute = attribute != null && value != null && !value.isBlank();
        return byAttribute ? project.retrieval().withAttribute(f, attribute, value) : f;
    }
}
