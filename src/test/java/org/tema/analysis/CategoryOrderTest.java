package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.model.Category;
import org.tema.model.Code;

class CategoryOrderTest {
    private static final Code A = TwoOffices.code(1, "1", "A");
    private static final Code B = TwoOffices.code(2, "2", "B");
    private static final Code C = TwoOffices.code(3, "3", "C");
    private static final Code D = TwoOffices.code(4, "4", "D");
    private static final Code E = TwoOffices.code(5, "5", "E");
    private static final List<Code> CODES = List.of(A, B, C, D, E);

    private static Category category(long id, String name, Long... codeIds) {
        return new Category(id, "g" + id, name, "", "", (int) id, List.of(codeIds));
    }

    private static List<String> names(List<CategoryOrder.Block> blocks) {
        return blocks.stream().map(b -> b.categorised() ? b.category().name() : "-").toList();
    }

    @Test
    void codesFollowTheCategoriesInBoardOrderWithTheUncategorisedLast() {
        List<CategoryOrder.Block> blocks = CategoryOrder.blocks(CODES,
                List.of(category(7, "Relasjoner", 4L, 2L), category(3, "Tid", 1L)));
        assertEquals(List.of("Relasjoner", "Tid", "-"), names(blocks));
        assertEquals(List.of(D, B, A, C, E), CategoryOrder.codes(blocks));
        assertEquals(List.of(C, E), blocks.get(2).codes());
        assertFalse(blocks.get(2).categorised());
    }

    @Test
    void aCodeInSeveralCategoriesIsPlacedInTheFirstOnly() {
        List<CategoryOrder.Block> blocks = CategoryOrder.blocks(CODES,
                List.of(category(1, "First", 2L, 3L), category(2, "Second", 3L, 1L), category(3, "Only shared", 2L)));
        assertEquals(List.of("First", "Second", "-"), names(blocks), "a category whose codes are all placed gets no block");
        assertEquals(List.of(B, C, A, D, E), CategoryOrder.codes(blocks));
        assertEquals(List.of(A), blocks.get(1).codes());
    }

    @Test
    void withoutCategoriesEveryCodeIsInOneUncategorisedBlockAndUnknownCodesAreSkipped() {
        assertEquals(List.of(new CategoryOrder.Block(null, CODES)), CategoryOrder.blocks(CODES, List.of()));
        List<CategoryOrder.Block> all = CategoryOrder.blocks(List.of(A, B), List.of(category(1, "Alle", 99L, 2L, 1L)));
        assertEquals(1, all.size());
        assertTrue(all.get(0).categorised());
        assertEquals(List.of(B, A), all.get(0).codes());
        assertEquals(List.of(), CategoryOrder.blocks(List.of(), List.of(category(1, "Tom"))));
    }
}
