package org.tema.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Colours;
import org.tema.model.Segment;

/**
 * Splits a code: the passages the analyst chooses move to a new code beside it (same parent, next in
 * the order, in the same category just after it); the rest stay. One undoable edit.
 */
public final class CodeSplit {
    private final Stores stores;
    private final History history;

    public CodeSplit(Stores stores, History history) {
        this.stores = stores;
        this.history = history;
    }

    /** Moves the passages {@code segmentIds} of code {@code codeId} to a new code named {@code newName}; returns it. */
    public Code split(long codeId, String newName, Collection<Long> segmentIds) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("The new code needs a name");
        }
        Code source = stores.codes().find(codeId).orElseThrow(() -> new IllegalArgumentException("There is no code with id " + codeId));
        Set<Long> chosen = new HashSet<>(segmentIds);
        List<Segment> moving = stores.segments().ofCode(codeId).stream().filter(s -> chosen.contains(s.id())).toList();
        if (moving.size() != chosen.size()) {
            throw new IllegalArgumentException("Only passages of «" + source.name() + "» can be moved to the new code");
        }
        Code draft = new Code(0, Guids.next(), source.parentId(), "", newName.strip(),
                Colours.forIndex(stores.codes().count()), CodeDefinition.EMPTY, "", "",
                stores.codes().nextPosition(source.parentId()));
        List<Category> before = stores.categories().list();
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.CODE_SPLIT, source.name(), draft.name()), () -> {
            id[0] = stores.codes().insert(id[0] == 0 ? draft : CodeCopies.withId(draft, id[0]));
            moving.forEach(s -> stores.segments().update(CodeCopies.retarget(s, id[0])));
            Snapshots.restoreCategories(stores, besideSource(before, codeId, id[0]));
        }, () -> {
            moving.forEach(stores.segments()::update);
            stores.codes().delete(id[0]);
            Snapshots.restoreCategories(stores, before);
        }));
        return stores.codes().find(id[0]).orElseThrow();
    }

    private static List<Category> besideSource(List<Category> categories, long sourceId, long newId) {
        List<Category> out = new ArrayList<>();
        for (Category c : categories) {
            List<Long> codes = new ArrayList<>(c.codeIds());
            int at = codes.indexOf(sourceId);
            if (at >= 0) {
                codes.add(at + 1, newId);
            }
            out.add(new Category(c.id(), c.guid(), c.name(), c.description(), c.memo(), c.position(), codes));
        }
        return out;
    }
}
