package org.tema.ui.categorise;

import java.util.List;
import org.tema.model.Category;
import org.tema.ui.coding.CodeNode;

/** A category with its codes in the analyst's order; {@code category} is null for the codes in no category. */
public record CategoryRow(Category category, List<CodeNode> codes) {
    public int passages() {
        return codes.stream().mapToInt(CodeNode::count).sum();
    }
}
