package org.tema.io.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tema.model.Code;

/** The co-occurrence matrix of the codes and the code × group matrix as Word tables, on landscape pages. */
public final class MatricesReport implements ReportWriter {
    @Override
    public void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException {
        Labels labels = Labels.of(settings.locale());
        WordDocument doc = new WordDocument(labels, true);
        doc.title(settings.title().isBlank() ? labels.get("report.matrices") + ": " + data.projectName() : settings.title(),
                labels.date(settings.date()));
        doc.heading(1, "1 " + labels.get("matrix.coOccurrence"));
        doc.paragraph(WordStyles.NOTE, labels.get("matrix.coOccurrence.note"));
        List<String> keys = columnKeys(data.codes());
        List<String> rowLabels = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Code c = data.codes().get(i);
            rowLabels.add(c.number().isBlank() ? c.label() + " [" + keys.get(i) + "]" : c.label());
        }
        matrix(doc, data.coOccurrence(), rowLabels, keys);
        doc.paragraph(WordStyles.NORMAL, "");
        doc.heading(1, "2 " + labels.get("matrix.codeByGroup"));
        doc.paragraph(WordStyles.NOTE, labels.get("matrix.codeByGroup.note"));
        matrix(doc, data.codeByGroup(), data.codeByGroup().rows(), data.codeByGroup().columns());
        doc.write(out);
    }

    /**
     * Short column heads for the codes: a code's number, or for a code without one a letter (A, B, ...)
     * that its row label also shows, so that narrow columns stay readable.
     */
    static List<String> columnKeys(List<Code> codes) {
        List<String> keys = new ArrayList<>();
        int letter = 0;
        for (Code c : codes) {
            keys.add(c.number().isBlank() ? letterKey(letter++) : c.number());
        }
        return keys;
    }

    private static String letterKey(int n) {
        return n < 26 ? String.valueOf((char) ('A' + n)) : letterKey(n / 26 - 1) + (char) ('A' + n % 26);
    }

    private static void matrix(WordDocument doc, Matrix m, List<String> rowLabels, List<String> columnLabels) {
        List<String> header = new ArrayList<>();
        header.add(doc.labels().get("column.code"));
        header.addAll(columnLabels);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(rowLabels.get(r));
            for (int c = 0; c < m.columns().size(); c++) {
                row.add(Integer.toString(m.get(r, c)));
            }
            rows.add(row);
        }
        int firstWidth = Math.max(3, columnLabels.size() / 2);
        int[] widths = IntStream.range(0, header.size()).map(i -> i == 0 ? firstWidth : 1).toArray();
        doc.table(header, rows, widths);
    }
}
