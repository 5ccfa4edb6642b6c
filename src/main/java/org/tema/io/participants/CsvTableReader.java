package org.tema.io.participants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tema.io.ImportException;

/**
 * CSV as written by spreadsheets: comma, semicolon (Norwegian Excel) or tab separated, chosen by
 * the header line; quoted fields may hold separators, doubled quotes and line breaks.
 */
final class CsvTableReader {
    private CsvTableReader() {
    }

    static Table parse(Path file, String text) {
        char sep = separator(text.lines().findFirst().orElse(""));
        List<List<String>> records = records(file, text, sep);
        if (records.isEmpty()) {
            throw new ImportException(file, "the file has no header row");
        }
        return Tables.of(file, records);
    }

    private static char separator(String header) {
        char best = ',';
        long most = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    private static List<List<String>> records(Path file, String text, char sep) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                addIfNotBlank(out, record);
                record = new ArrayList<>();
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ImportException(file, "a quoted field that starts on line " + line + " or before is never closed");
        }
        record.add(field.toString());
        addIfNotBlank(out, record);
        return out;
    }

    private static void addIfNotBlank(List<List<String>> out, List<String> record) {
        if (record.stream().anyMatch(s -> !s.isBlank())) {
            out.add(record.stream().map(String::strip).toList());
        }
    }
}
