package org.tema.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.model.Category;
import org.tema.model.Code;

/**
 * Codes in blocks by category, for tables whose rows should show which codes go together: the
 * categories in their board order, each with its codes in their order there, then the codes in no
 * category in code-book order. A code in several categories is placed in the first of them only
 * (decision 0710), so every code appears once; categories left without codes get no block.
 */
public final class CategoryOrder {
    /** A run of codes under one category; {@code category} is null for the codes in no category. */
    public record Block(Category category, List<Code> codes) {
        public Block {
            codes = List.copyOf(codes);
        }

        public boolean categorised() {
            return category != null;
        }
    }

    private CategoryOrder() {
    }

    public static List<Block> blocks(List<Code> codes, List<Category> categories) {
        Map<Long, Code> byId = new LinkedHashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        Set<Long> placed = new HashSet<>();
        List<Block> out = new ArrayList<>();
        for (Category category : categories) {
            List<Code> inCategory = new ArrayList<>();
            for (Long id : category.codeIds()) {
                if (byId.containsKey(id) && placed.add(id)) {
                    inCategory.add(byId.get(id));
                }
            }
            if (!inCategory.isEmpty()) {
                out.add(new Block(category, inCategory));
            }
        }
        List<Code> rest = codes.stream().filter(c -> !placed.contains(c.id())).toList();
        if (!rest.isEmpty()) {
            out.add(new Block(null, rest));
        }
        return out;
    }

    /** The codes of the blocks, one after the other. */
    public static List<Code> codes(List<Block> blocks) {
        return blocks.stream().flatMap(b -> b.codes().stream()).toList();
    }
}
