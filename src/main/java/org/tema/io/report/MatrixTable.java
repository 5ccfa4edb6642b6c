package org.tema.io.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.analysis.CodeMatrix;
import org.tema.model.Code;

/**
 * An analysis matrix laid out for a report: its figures as they are, the rows in the report's code
 * order (the tree), and for a code × code matrix the columns too. {@code columns} are the labels shown
 * above the figures; a column of passages without a group is shown as {@link #NO_GROUP}.
 */
record MatrixTable(List<Code> rows, List<String> columns, long[][] cells) {
    /** The head of the column of passages that have no group. */
    static final String NO_GROUP = "–";

    long cell(int row, int column) {
        return cells[row][column];
    }

    /** A code × group (or code × document) matrix with its rows in the order of {@code codes}. */
    static MatrixTable rowsInOrder(CodeMatrix m, List<Code> codes) {
        List<String> labels = m.columns().stream().map(c -> c.label().isEmpty() ? NO_GROUP : c.label()).toList();
        Map<Long, CodeMatrix.Row> rows = rowsById(m);
        long[][] cells = codes.stream().map(c -> rows.get(c.id()).cells()).toArray(long[][]::new);
        return new MatrixTable(codes, labels, cells);
    }

    /** A code × code matrix with rows and columns in the order of {@code codes}, headed by the codes' labels. */
    static MatrixTable codesInOrder(CodeMatrix m, List<Code> codes) {
        Map<Long, CodeMatrix.Row> rows = rowsById(m);
        int[] columnOf = codes.stream().mapToInt(c -> m.columnIndex(Long.toString(c.id()))).toArray();
        long[][] cells = new long[codes.size()][codes.size()];
        for (int r = 0; r < codes.size(); r++) {
            CodeMatrix.Row row = rows.get(codes.get(r).id());
            for (int c = 0; c < codes.size(); c++) {
                cells[r][c] = row.cell(columnOf[c]);
            }
        }
        return new MatrixTable(codes, codes.stream().map(Code::label).toList(), cells);
    }

    private static Map<Long, CodeMatrix.Row> rowsById(CodeMatrix m) {
        Map<Long, CodeMatrix.Row> rows = new HashMap<>();
        m.rows().forEach(r -> rows.put(r.code().id(), r));
        return rows;
    }
}
