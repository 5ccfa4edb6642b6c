package org.tema.ui.analyse;

import java.util.List;
import org.tema.analysis.PassageFilter;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;
import org.tema.model.Category;
import org.tema.model.Code;

/** What the Passages tab gathers: one code or one category (its codes together). Exactly one is set. */
public record Subject(Code code, Category category) {
    public static Subject of(Code code) {
        return new Subject(code, null);
    }

    public static Subject of(Category category) {
        return new Subject(null, category);
    }

    public boolean isCode() {
        return code != null;
    }

    public long id() {
        return isCode() ? code.id() : category.id();
    }

    /** The name shown in the chooser: the code's number and name, or the category's name. */
    public String label() {
        return isCode() ? code.label() : category.name();
    }

    public List<RetrievedPassage> passages(Project p, PassageFilter filter) {
        return isCode() ? p.retrieval().ofCode(code.id(), filter) : p.retrieval().ofCategory(category.id(), filter);
    }

    /** True when both stand for the same code or category (names and summaries may have changed). */
    public boolean sameAs(Subject other) {
        return other != null && isCode() == other.isCode() && id() == other.id();
    }
}
