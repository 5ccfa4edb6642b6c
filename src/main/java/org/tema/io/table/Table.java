package org.tema.io.table;

import java.util.List;

/**
 * A table to export: a name for its sheet, a base name for its CSV file, a header and rows of cells.
 * A cell is a {@link Number} or text.
 */
public record Table(String sheetName, String fileName, List<String> header, List<List<Object>> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("Every row of «" + sheetName + "» needs " + header.size() + " cells");
            }
        }
    }
}
