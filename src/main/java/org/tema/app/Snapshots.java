package org.tema.app;

import java.util.List;
import org.tema.model.Category;

/** Restores saved state when an edit is undone. */
final class Snapshots {
    private Snapshots() {
    }

    /** Puts every category's fields and code list back as they were. */
    static void restoreCategories(Stores stores, List<Category> categories) {
        List<Long> existing = stores.categories().list().stream().map(Category::id).toList();
        for (Category c : categories) {
            if (existing.contains(c.id())) {
                stores.categories().update(new Category(c.id(), c.guid(), c.name(), c.description(), c.memo(),
                        c.position(), List.of()));
            }
        }
        for (Category c : categories) {
            if (existing.contains(c.id())) {
                stores.categories().update(c);
            } else {
                stores.categories().insert(c);
            }
        }
    }
}
