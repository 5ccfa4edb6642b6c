package org.tema.io.report;

/** How much a code holds: coded passages, and the documents and participants they come from. */
public record CodeFigures(int passages, int documents, int participants) {
    public static final CodeFigures NONE = new CodeFigures(0, 0, 0);
}
