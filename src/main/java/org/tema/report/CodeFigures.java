package org.tema.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.tema.analysis.CodeMatrix;

/** How much a code holds: coded passages, and the documents and participants they come from. */
public record CodeFigures(int passages, int documents, int participants) {
    public static final CodeFigures NONE = new CodeFigures(0, 0, 0);

    /**
     * Each code's figures read off the analysis matrices of the same passages: its passages are its row
     * total in the code × group matrix (every passage has a column there), its documents and participants
     * the cells of its rows in the code × document and code × participant matrices that are not zero.
     */
    public static Map<Long, CodeFigures> of(CodeMatrix byGroup, CodeMatrix byDocument, CodeMatrix byParticipant) {
        Map<Long, CodeFigures> out = new HashMap<>();
        for (CodeMatrix.Row row : byGroup.rows()) {
            long id = row.code().id();
            out.put(id, new CodeFigures(Math.toIntExact(row.total()), nonZero(byDocument.row(id)), nonZero(byParticipant.row(id))));
        }
        return out;
    }

    private static int nonZero(CodeMatrix.Row row) {
        return (int) Arrays.stream(row.cells()).filter(v -> v != 0).count();
    }
}
