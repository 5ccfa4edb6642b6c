package org.tema.io.report;

import java.util.List;

/** A table of counts with labelled rows and columns, such as codes × codes or codes × groups. */
public record Matrix(List<String> rows, List<String> columns, int[][] cells) {
    public Matrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (cells.length != rows.size()) {
            throw new IllegalArgumentException("A matrix needs one row of cells per row label");
        }
        for (int[] row : cells) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("A matrix needs one cell per column label in every row");
            }
        }
    }

    public int get(int row, int column) {
        return cells[row][column];
    }
}
