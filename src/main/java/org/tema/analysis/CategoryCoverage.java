package org.tema.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tema.model.Category;
import org.tema.model.Code;

/** Which codes the categories cover. */
public final class CategoryCoverage {
    private CategoryCoverage() {
    }

    /** The codes that are in no category, in the given order. */
    public static List<Code> uncategorised(List<Code> codes, List<Category> categories) {
        Set<Long> covered = new HashSet<>();
        categories.forEach(c -> covered.addAll(c.codeIds()));
        return codes.stream().filter(c -> !covered.contains(c.id())).toList();
    }
}
