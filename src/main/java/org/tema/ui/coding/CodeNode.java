package org.tema.ui.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Code;

/** A code in the tree with its coded passages counted (its own, and with its subcodes). */
public record CodeNode(Code code, int count, int totalCount, List<CodeNode> children) {

    /** Builds the code forest in the analyst's order. */
    public static List<CodeNode> forest(List<Code> codes, Map<Long, Integer> counts) {
        Map<Long, List<Code>> byParent = new HashMap<>();
        for (Code c : codes) {
            byParent.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>()).add(c);
        }
        return build(0L, byParent, counts);
    }

    private static List<CodeNode> build(long parent, Map<Long, List<Code>> byParent, Map<Long, Integer> counts) {
        List<CodeNode> out = new ArrayList<>();
        for (Code c : byParent.getOrDefault(parent, List.of())) {
            List<CodeNode> kids = build(c.id(), byParent, counts);
            int own = counts.getOrDefault(c.id(), 0);
            out.add(new CodeNode(c, own, own + kids.stream().mapToInt(CodeNode::totalCount).sum(), kids));
        }
        return out;
    }

    /** The codes of a forest in tree order (parents before children). */
    public static List<CodeNode> flatten(List<CodeNode> forest) {
        List<CodeNode> out = new ArrayList<>();
        for (CodeNode n : forest) {
            out.add(n);
            out.addAll(flatten(n.children()));
        }
        return out;
    }
}
