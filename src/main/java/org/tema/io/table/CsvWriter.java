package org.tema.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.tema.io.AtomicFiles;

/**
 * Writes tables as CSV after RFC 4180: UTF-8, comma separated, records ended by CRLF, a field quoted
 * when it holds a comma, a double quote or a line break, and a double quote inside doubled.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /** Writes every table to {@code dir/FILENAME.csv}, each file whole or not at all; returns the files. */
    public static List<Path> writeAll(List<Table> tables, Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        List<Path> written = new java.util.ArrayList<>();
        for (Table t : tables) {
            Path file = dir.resolve(t.fileName() + ".csv");
            AtomicFiles.write(file, out -> write(t, out));
            written.add(file);
        }
        return written;
    }

    public static void write(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        record(w, table.header());
        for (List<Object> row : table.rows()) {
            record(w, row);
        }
        w.flush();
    }

    private static void record(Writer w, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object value) {
        String s = value == null ? "" : value.toString();
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
