package org.tema.io.refi;

import java.util.List;

/** A REFI-QDA set: a named group of codes (a Tema category) and/or of sources (a document group). */
public record QdaSet(String guid, String name, String description, List<String> memberCodes,
                     List<String> memberSources, List<String> memberNotes) {
    public QdaSet {
        description = description == null ? "" : description;
        memberCodes = List.copyOf(memberCodes);
        memberSources = List.copyOf(memberSources);
        memberNotes = List.copyOf(memberNotes);
    }
}
