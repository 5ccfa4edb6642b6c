package org.tema.ui.categorise;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.tema.analysis.PassageFilter;
import org.tema.app.RetrievedPassage;
import org.tema.model.Code;
import org.tema.ui.common.ProjectSession;

/** Restructuring codes without losing passages: rename, merge into another code, split off chosen passages. */
public final class CodeRestructuring {
    private final ProjectSession session;

    public CodeRestructuring(ProjectSession session) {
        this.session = session;
    }

    public void rename(long codeId, String name) {
        session.edit(p -> p.codeBook().rename(codeId, name));
    }

    /** Moves every passage of {@code sourceId} to {@code targetId} and removes the source code. */
    public void merge(long sourceId, long targetId) {
        session.edit(p -> p.codeBook().merge(sourceId, targetId));
    }

    /** Every passage of a code (the interviewer's too, since a split must be able to move them all). */
    public void passages(long codeId, Consumer<List<RetrievedPassage>> onDone) {
        session.read(p -> p.retrieval().ofCode(codeId, PassageFilter.EVERYTHING), onDone);
    }

    /** Moves the chosen passages of a code to a new code beside it; hands the new code to {@code onDone}. */
    public void split(long codeId, String newName, Collection<Long> segmentIds, Consumer<Code> onDone) {
        List<Long> chosen = List.copyOf(segmentIds);
        session.edit(p -> p.codeSplit().split(codeId, newName, chosen), onDone);
    }
}
