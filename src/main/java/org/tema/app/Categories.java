package org.tema.app;

import java.util.ArrayList;
import java.util.List;
import org.tema.model.Category;

/** Use cases of categories (themes): create, rename, describe, order, fill with codes, delete. */
public final class Categories {
    private final Stores stores;
    private final History history;

    public Categories(Stores stores, History history) {
        this.stores = stores;
        this.history = history;
    }

    public List<Category> list() {
        return stores.categories().list();
    }

    public Category get(long id) {
        return stores.categories().find(id).orElseThrow(() -> new IllegalArgumentException("There is no category with id " + id));
    }

    public Category find(String name) {
        return list().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no category «" + name + "»"));
    }

    public Category create(String name, String description) {
        requireName(name);
        Category c = new Category(0, Guids.next(), name.strip(), description, "", stores.categories().nextPosition(), List.of());
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.CATEGORY_CREATE, c.name()),
                () -> id[0] = stores.categories().insert(id[0] == 0 ? c : withId(c, id[0])),
                () -> stores.categories().delete(id[0])));
        return get(id[0]);
    }

    public void rename(long id, String name) {
        requireName(name);
        Category c = get(id);
        change(EditName.of(EditKey.CATEGORY_RENAME, c.name()), new Category(c.id(), c.guid(), name.strip(), c.description(), c.memo(), c.position(), c.codeIds()));
    }

    public void describe(long id, String description) {
        Category c = get(id);
        change(EditName.of(EditKey.CATEGORY_DESCRIBE, c.name()), new Category(c.id(), c.guid(), c.name(), description, c.memo(), c.position(), c.codeIds()));
    }

    public void setMemo(long id, String memo) {
        Category c = get(id);
        change(EditName.of(EditKey.CATEGORY_MEMO, c.name()), new Category(c.id(), c.guid(), c.name(), c.description(), memo, c.position(), c.codeIds()));
    }

    /** Puts a category at a new place in the order of categories. */
    public void moveTo(long id, int position) {
        List<Category> order = new ArrayList<>(list());
        Category moving = get(id);
        order.removeIf(c -> c.id() == id);
        order.add(Math.max(0, Math.min(position, order.size())), moving);
        List<Category> after = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Category c = order.get(i);
            after.add(new Category(c.id(), c.guid(), c.name(), c.description(), c.memo(), i, c.codeIds()));
        }
        replace(EditName.of(EditKey.CATEGORY_MOVE, moving.name()), after);
    }

    /** Puts a code into a category at a position, taking it out of any other category. */
    public void addCode(long categoryId, long codeId, int position) {
        stores.codes().find(codeId).orElseThrow(() -> new IllegalArgumentException("There is no code with id " + codeId));
        Category target = get(categoryId);
        List<Category> after = new ArrayList<>();
        for (Category c : list()) {
            List<Long> codes = new ArrayList<>(c.codeIds());
            codes.remove(codeId);
            if (c.id() == categoryId) {
                codes.add(Math.max(0, Math.min(position, codes.size())), codeId);
            }
            after.add(new Category(c.id(), c.guid(), c.name(), c.description(), c.memo(), c.position(), codes));
        }
        replace(EditName.of(EditKey.CATEGORY_ADD_CODE, target.name()), after);
    }

    public void removeCode(long categoryId, long codeId) {
        Category c = get(categoryId);
        List<Long> codes = new ArrayList<>(c.codeIds());
        codes.remove(codeId);
        change(EditName.of(EditKey.CATEGORY_REMOVE_CODE, c.name()), new Category(c.id(), c.guid(), c.name(), c.description(), c.memo(), c.position(), codes));
    }

    public void delete(long id) {
        Category c = get(id);
        history.perform(Edit.of(EditName.of(EditKey.CATEGORY_DELETE, c.name()), () -> stores.categories().delete(id),
                () -> stores.categories().insert(c)));
    }

    private void change(EditName name, Category after) {
        replace(name, List.of(after));
    }

    private void replace(EditName name, List<Category> after) {
        List<Category> before = list();
        history.perform(Edit.of(name, () -> Snapshots.restoreCategories(stores, after),
                () -> Snapshots.restoreCategories(stores, before)));
    }

    private static Category withId(Category c, long id) {
        return new Category(id, c.guid(), c.name(), c.description(), c.memo(), c.position(), c.codeIds());
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A category needs a name");
        }
    }
}
