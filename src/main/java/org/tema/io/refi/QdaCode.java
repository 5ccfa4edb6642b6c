package org.tema.io.refi;

import java.util.List;

/** A code as REFI-QDA describes it: GUIDs normalised, colour as written (or null), children nested. */
public record QdaCode(String guid, String name, boolean codable, String colour, String description,
                      List<String> noteRefs, List<QdaCode> children) {
    public QdaCode {
        noteRefs = List.copyOf(noteRefs);
        children = List.copyOf(children);
        description = description == null ? "" : description;
    }

    /** This code and all below it, parents first. */
    public List<QdaCode> flatten() {
        java.util.ArrayList<QdaCode> out = new java.util.ArrayList<>();
        out.add(this);
        children.forEach(c -> out.addAll(c.flatten()));
        return out;
    }
}
