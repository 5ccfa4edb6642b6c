package org.tema.model;

/** What a code means: a description, when to use it, when not to, and an example. */
public record CodeDefinition(String description, String whenToUse, String whenNotToUse, String example) {
    public static final CodeDefinition EMPTY = new CodeDefinition("", "", "", "");

    public CodeDefinition {
        description = nz(description);
        whenToUse = nz(whenToUse);
        whenNotToUse = nz(whenNotToUse);
        example = nz(example);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
