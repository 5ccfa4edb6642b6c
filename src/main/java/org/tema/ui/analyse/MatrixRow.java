package org.tema.ui.analyse;

/** A row of the matrices table: a code's label and figures with their total, or the totals row (no code). */
public record MatrixRow(String label, long[] cells, long total, boolean totals) {
    public MatrixRow {
        cells = cells.clone();
    }

    public long cell(int column) {
        return cells[column];
    }
}
