package org.tema.cli;

import java.util.List;
import java.util.stream.Collectors;

/** Comma-separated values as RFC 4180 writes them: a cell with a comma, quote or line break is quoted. */
final class Csv {
    private Csv() {
    }

    static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(","));
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
