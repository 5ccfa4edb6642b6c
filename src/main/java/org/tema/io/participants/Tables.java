package org.tema.io.participants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tema.io.ImportException;

/** Makes a {@link Table} from raw records: the first is the header; short rows are padded, long ones refused. */
final class Tables {
    private Tables() {
    }

    static Table of(Path file, List<List<String>> records) {
        List<String> headers = records.get(0);
        if (headers.stream().anyMatch(String::isBlank)) {
            throw new ImportException(file, "a column of the header row has no name");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = new ArrayList<>(records.get(i));
            if (r.size() > headers.size() && r.subList(headers.size(), r.size()).stream().anyMatch(s -> !s.isBlank())) {
                throw new ImportException(file, "row " + (i + 1) + " has more values than the header has columns");
            }
            while (r.size() < headers.size()) {
                r.add("");
            }
            rows.add(r.subList(0, headers.size()));
        }
        return new Table(headers, rows);
    }
}
