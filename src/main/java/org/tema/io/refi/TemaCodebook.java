package org.tema.io.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;

/** The project's code tree and categories in REFI-QDA form, for a {@code .qdc} or a project's code book. */
public final class TemaCodebook {
    private TemaCodebook() {
    }

    /** The code book; with {@code notes} true, codes refer to the notes holding their memo and summary. */
    public static QdaCodebook of(CodeRepository codes, CategoryRepository categories, boolean notes) {
        List<Code> all = codes.list();
        Map<Long, List<Code>> byParent = new HashMap<>();
        all.forEach(c -> byParent.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>()).add(c));
        List<QdaCode> roots = byParent.getOrDefault(0L, List.of()).stream().map(c -> code(c, byParent, notes)).toList();
        Map<Long, String> guidOf = new HashMap<>();
        all.forEach(c -> guidOf.put(c.id(), c.guid()));
        List<QdaSet> sets = categories.list().stream().map(cat -> set(cat, guidOf, notes)).toList();
        return new QdaCodebook(TemaConventions.ORIGIN, roots, sets);
    }

    private static QdaCode code(Code c, Map<Long, List<Code>> byParent, boolean notes) {
        List<String> noteRefs = new ArrayList<>();
        if (notes && !c.memo().isBlank()) {
            noteRefs.add(TemaConventions.codeMemoNote(c.guid()));
        }
        if (notes && !c.summary().isBlank()) {
            noteRefs.add(TemaConventions.codeSummaryNote(c.guid()));
        }
        List<QdaCode> children = byParent.getOrDefault(c.id(), List.of()).stream().map(k -> code(k, byParent, notes)).toList();
        return new QdaCode(c.guid(), TemaConventions.codeName(c.number(), c.name()), true, c.colour(),
                TemaConventions.description(c.definition()), noteRefs, children);
    }

    private static QdaSet set(Category cat, Map<Long, String> guidOf, boolean notes) {
        List<String> members = cat.codeIds().stream().map(guidOf::get).toList();
        List<String> memberNotes = notes && !cat.memo().isBlank() ? List.of(TemaConventions.categoryMemoNote(cat.guid())) : List.of();
        return new QdaSet(cat.guid(), cat.name(), cat.description(), members, List.of(), memberNotes);
    }
}
