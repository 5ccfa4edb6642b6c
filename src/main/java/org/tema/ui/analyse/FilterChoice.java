package org.tema.ui.analyse;

import java.util.Set;
import org.tema.analysis.PassageFilter;
import org.tema.app.Project;

/**
 * What the filter bar is set to: the chosen groups, documents, coders and values of one participant
 * attribute (an empty set means any; several values of a field are alternatives), and whether
 * interviewer turns count. Turned into a {@link PassageFilter} against the open project, because
 * attribute values are checked against the attribute's type.
 */
public record FilterChoice(Set<String> groups, Set<Long> documentIds, Set<Long> coderIds, String attribute,
                           Set<String> values, boolean includeInterviewer) {
    public static final FilterChoice ANY = new FilterChoice(Set.of(), Set.of(), Set.of(), null, Set.of(), false);

    public FilterChoice {
        groups = Set.copyOf(groups);
        documentIds = Set.copyOf(documentIds);
        coderIds = Set.copyOf(coderIds);
        values = Set.copyOf(values);
    }

    public PassageFilter toFilter(Project project) {
        PassageFilter f = PassageFilter.DEFAULT.includingInterviewer(includeInterviewer)
                .withGroups(groups).withDocuments(documentIds).withCoders(coderIds);
        boolean byAttribute = attribute != null && !values.isEmpty();
        return byAttribute ? project.retrieval().withAttribute(f, attribute, values) : f;
    }
}
