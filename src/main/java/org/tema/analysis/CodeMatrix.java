package org.tema.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tema.model.Code;

/**
 * A table of figures with one row per code and named columns (documents, groups, participants or,
 * for co-occurrence, codes again), with row and column totals. Sorting returns a new matrix with
 * the rows reordered; the columns stay.
 */
public record CodeMatrix(List<Column> columns, List<Row> rows) {
    /** A column: {@code key} identifies it (a document or code id, a group name), {@code label} is shown. */
    public record Column(String key, String label) {
    }

    /** A code's row: one figure per column and their sum. */
    public record Row(Code code, long[] cells) {
        public Row {
            cells = cells.clone();
        }

        public long cell(int column) {
            return cells[column];
        }

        public long total() {
            return Arrays.stream(cells).sum();
        }

        @Override
        public long[] cells() {
            return cells.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.code.equals(code) && Arrays.equals(r.cells, cells);
        }

        @Override
        public int hashCode() {
            return code.hashCode() * 31 + Arrays.hashCode(cells);
        }
    }

    public CodeMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public long columnTotal(int column) {
        return rows.stream().mapToLong(r -> r.cell(column)).sum();
    }

    public long grandTotal() {
        return rows.stream().mapToLong(Row::total).sum();
    }

    /** The largest single cell (for scaling a heat map); 0 for an empty matrix. */
    public long maxCell() {
        return rows.stream().flatMapToLong(r -> Arrays.stream(r.cells)).max().orElse(0);
    }

    public Row row(long codeId) {
        return rows.stream().filter(r -> r.code().id() == codeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The matrix has no row for code " + codeId));
    }

    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("The matrix has no column «" + key + "»");
    }

    /** Rows by one column's figure; ties keep the code order. */
    public CodeMatrix sortedByColumn(int column, boolean descending) {
        return sorted(Comparator.comparingLong(r -> r.cell(column)), descending);
    }

    public CodeMatrix sortedByTotal(boolean descending) {
        return sorted(Comparator.comparingLong(Row::total), descending);
    }

    /** Rows by code label, case-insensitively. */
    public CodeMatrix sortedByCode(boolean descending) {
        return sorted(Comparator.comparing(r -> r.code().label().toLowerCase(Locale.ROOT)), descending);
    }

    private CodeMatrix sorted(Comparator<Row> order, boolean descending) {
        List<Row> copy = new ArrayList<>(rows);
        copy.sort(descending ? order.reversed() : order);
        return new CodeMatrix(columns, copy);
    }
}
