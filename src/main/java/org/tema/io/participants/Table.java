package org.tema.io.participants;

import java.util.List;

/** A table read from a spreadsheet or CSV file: the header row and the data rows (each as long as the header). */
public record Table(List<String> headers, List<List<String>> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The values of one column, in row order. */
    public List<String> column(int index) {
        return rows.stream().map(r -> r.get(index)).toList();
    }
}
