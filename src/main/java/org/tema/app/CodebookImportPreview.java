package org.tema.app;

import java.util.ArrayList;
import java.util.List;
import org.tema.model.Category;
import org.tema.model.Code;

/**
 * What importing a code book will change, shown before anything is changed: the codes and
 * categories to add, those to update (matched by GUID; categories also by name) and remarks.
 */
public record CodebookImportPreview(String fileName, List<PlannedCode> added, List<PlannedCode> updated,
                                    int unchanged, List<PlannedCategory> addedCategories,
                                    List<PlannedCategory> updatedCategories, List<String> remarks) {

    /** A code to add ({@code before} null) or update; {@code parentGuid} null means the top level. */
    public record PlannedCode(String guid, String parentGuid, Code after, Code before) {
    }

    /** A category to add ({@code before} null) or update, with the GUIDs of its codes in order. */
    public record PlannedCategory(String guid, String name, String description, List<String> codeGuids, Category before) {
    }

    public boolean changesNothing() {
        return added.isEmpty() && updated.isEmpty() && addedCategories.isEmpty() && updatedCategories.isEmpty();
    }

    /** The preview as lines for the command line or a dialog. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Import of " + fileName + ":");
        out.add("  codes to add: " + added.size());
        added.forEach(p -> out.add("    + " + p.after().label()));
        out.add("  codes to update: " + updated.size());
        updated.forEach(p -> out.add("    ~ " + p.before().label() + (p.before().label().equals(p.after().label())
                ? "" : " -> " + p.after().label())));
        out.add("  codes unchanged: " + unchanged);
        out.add("  categories to add: " + addedCategories.size());
        addedCategories.forEach(c -> out.add("    + " + c.name()));
        out.add("  categories to update: " + updatedCategories.size());
        updatedCategories.forEach(c -> out.add("    ~ " + c.name()));
        remarks.forEach(r -> out.add("  " + r));
        return out;
    }
}
