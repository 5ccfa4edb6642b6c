package org.tema.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tema.app.CodebookImportPreview.PlannedCategory;
import org.tema.app.CodebookImportPreview.PlannedCode;
import org.tema.io.refi.QdaCode;
import org.tema.io.refi.QdaCodebook;
import org.tema.io.refi.QdaSet;
import org.tema.io.refi.RefiGuids;
import org.tema.io.refi.TemaConventions;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Colours;

/** Works out what a code book would change in the project, without changing anything. */
final class CodebookImportPlanner {
    private final Stores stores;
    private final Map<String, Code> existing = new HashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<PlannedCode> added = new ArrayList<>();
    private final List<PlannedCode> updated = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();
    private final Map<String, Integer> nextPosition = new HashMap<>();
    private int unchanged;
    private boolean fromTema;

    CodebookImportPlanner(Stores stores) {
        this.stores = stores;
        stores.codes().list().forEach(c -> existing.put(c.guid(), c));
    }

    CodebookImportPreview plan(String fileName, QdaCodebook book) {
        fromTema = TemaConventions.fromTema(book.origin());
        List<QdaCode> roots = unwrapNVivoNodes(book.codes());
        roots.forEach(c -> planCode(c, null));
        List<PlannedCategory> addedCategories = new ArrayList<>();
        List<PlannedCategory> updatedCategories = new ArrayList<>();
        planCategories(book.sets(), addedCategories, updatedCategories);
        return new CodebookImportPreview(fileName, added, updated, unchanged, addedCategories, updatedCategories, remarks);
    }

    /** NVivo wraps its code book in one top-level, uncodable code named «Nodes». */
    private List<QdaCode> unwrapNVivoNodes(List<QdaCode> roots) {
        if (roots.size() == 1 && !roots.get(0).codable() && roots.get(0).name().equals("Nodes")
                && !roots.get(0).children().isEmpty()) {
            remarks.add("The wrapping code «Nodes» (NVivo) was left out; its codes are at the top level.");
            return roots.get(0).children();
        }
        return roots;
    }

    private void planCode(QdaCode q, String parentGuid) {
        String guid = q.guid();
        if (!seen.add(guid)) {
            guid = RefiGuids.derive("duplicate", guid, Integer.toString(seen.size()));
            seen.add(guid);
            remarks.add("The code «" + q.name() + "» repeats the GUID of another code; it is added as a code of its own.");
        }
        Code before = existing.get(guid);
        CodeDefinition definition = q.description().isBlank() ? null : TemaConventions.definition(q.description());
        String colour = TemaConventions.colour(q.colour());
        if (before == null) {
            String[] numberName = TemaConventions.splitCodeName(name(q), fromTema);
            Code after = new Code(0, guid, null, numberName[0], numberName[1],
                    colour != null ? colour : Colours.forIndex(stores.codes().count() + added.size()),
                    definition != null ? definition : CodeDefinition.EMPTY, "", "", position(parentGuid));
            added.add(new PlannedCode(guid, parentGuid, after, null));
        } else {
            String[] numberName = rename(before, name(q));
            Long sameParent = before.parentId();
            String oldParentGuid = sameParent == null ? null : stores.codes().find(sameParent).map(Code::guid).orElse(null);
            boolean moved = !java.util.Objects.equals(oldParentGuid, parentGuid);
            Code after = new Code(before.id(), guid, before.parentId(), numberName[0], numberName[1],
                    colour != null ? colour : before.colour(), definition != null ? definition : before.definition(),
                    before.memo(), before.summary(), moved ? position(parentGuid) : before.position());
            if (moved || !after.equals(before)) {
                updated.add(new PlannedCode(guid, parentGuid, after, before));
            } else {
                unchanged++;
            }
        }
        for (QdaCode child : q.children()) {
            planCode(child, guid);
        }
    }

    private int position(String parentGuid) {
        String key = parentGuid == null ? "" : parentGuid;
        int next = nextPosition.computeIfAbsent(key, k -> {
            Code parent = parentGuid == null ? null : existing.get(parentGuid);
            return parentGuid == null ? stores.codes().nextPosition(null) : parent == null ? 0 : stores.codes().nextPosition(parent.id());
        });
        nextPosition.put(key, next + 1);
        return next;
    }

    private String[] rename(Code before, String refiName) {
        if (refiName.equals(before.label())) {
            return new String[] {before.number(), before.name()};
        }
        if (fromTema) {
            return TemaConventions.splitCodeName(refiName, true);
        }
        if (!before.number().isEmpty() && refiName.startsWith(before.number() + " ")) {
            return new String[] {before.number(), refiName.substring(before.number().length() + 1).strip()};
        }
        return new String[] {before.number(), refiName};
    }

    private void planCategories(List<QdaSet> sets, List<PlannedCategory> addedOut, List<PlannedCategory> updatedOut) {
        List<Category> categories = stores.categories().list();
        Set<String> names = new HashSet<>();
        for (QdaSet s : sets) {
            List<String> members = s.memberCodes().stream().filter(g -> seen.contains(g) || existing.containsKey(g)).distinct().toList();
            String name = s.name().isBlank() ? "Set " + (addedOut.size() + updatedOut.size() + 1) : s.name().strip();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                remarks.add("The set «" + name + "» appears twice; only its first appearance is used.");
                continue;
            }
            Optional<Category> match = categories.stream().filter(c -> c.guid().equals(s.guid())).findFirst()
                    .or(() -> categories.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst());
            if (match.isEmpty()) {
                addedOut.add(new PlannedCategory(s.guid(), name, s.description(), members, null));
            } else {
                Category c = match.get();
                List<String> currentMembers = c.codeIds().stream()
                        .map(id -> stores.codes().find(id).map(Code::guid).orElse("")).toList();
                String description = s.description().isBlank() ? c.description() : s.description();
                if (!c.name().equals(name) || !c.description().equals(description) || !currentMembers.equals(members)) {
                    updatedOut.add(new PlannedCategory(c.guid(), name, description, members, c));
                }
            }
        }
    }

    private static String name(QdaCode q) {
        return q.name().isBlank() ? "(unnamed code)" : q.name().strip();
    }
}
