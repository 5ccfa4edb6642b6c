package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import org.tema.report.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.tema.model.Code;

/**
 * The co-occurrence matrix of the codes and the code × group matrix as Word tables, on landscape pages.
 * The figures are the analysis results as they are; the co-occurrence table shows its diagonal (a code
 * with itself) as a dash and each code's number of passages in a last column.
 */
public final class MatricesReport implements ReportWriter {
    /** What the co-occurrence table shows where a code meets itself. */
    static final String DIAGONAL = "–";

    @Override
    public void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException {
        WordDocument doc = WordDocument.titled(data, settings, "report.matrices", true);
        Labels labels = doc.labels();
        doc.heading(1, "1 " + labels.get("matrix.coOccurrence"));
        doc.paragraph(WordStyles.NOTE, labels.get("matrix.coOccurrence.note"));
        List<String> keys = columnKeys(data.codes());
        List<String> rowLabels = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        MatrixTable co = MatrixTable.codesInOrder(data.coOccurrence(), data.codes());
        for (int r = 0; r < keys.size(); r++) {
            Code c = data.codes().get(r);
            rowLabels.add(c.number().isBlank() ? c.label() + " [" + keys.get(r) + "]" : c.label());
            List<String> row = new ArrayList<>(figures(co, r));
            row.set(r, DIAGONAL);
            row.add(Long.toString(data.codeByGroup().row(c.id()).total()));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(keys);
        columns.add(labels.get("column.passages"));
        table(doc, rowLabels, columns, rows);
        doc.paragraph(WordStyles.NORMAL, "");
        doc.heading(1, "2 " + labels.get("matrix.codeByGroup"));
        doc.paragraph(WordStyles.NOTE, labels.get("matrix.codeByGroup.note"));
        MatrixTable byGroup = MatrixTable.rowsInOrder(data.codeByGroup(), data.codes());
        table(doc, byGroup.rows().stream().map(Code::label).toList(), byGroup.columns(),
                IntStream.range(0, byGroup.rows().size()).mapToObj(r -> figures(byGroup, r)).toList());
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

    private static List<String> figures(MatrixTable m, int row) {
        return IntStream.range(0, m.columns().size()).mapToObj(c -> Long.toString(m.cell(row, c))).toList();
    }

    /** Left and right cell margin of matrix tables, in twentieths of a point. */
    private static final int NARROW_MARGIN = 40;

    private static void table(WordDocument doc, List<String> rowLabels, List<String> columnLabels, List<List<String>> figures) {
        List<String> header = new ArrayList<>();
        header.add(doc.labels().get("column.code"));
        header.addAll(columnLabels);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < rowLabels.size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(rowLabels.get(r));
            row.addAll(figures.get(r));
            rows.add(row);
        }
        // Widths in characters: each figure column as wide as its heading (at least two digits), the code
        // column half of all of them; narrow cell margins so that many columns fit the page.
        int[] widths = new int[header.size()];
        for (int i = 1; i < widths.length; i++) {
            widths[i] = Math.max(2, header.get(i).length()) + 1;
        }
        widths[0] = Math.max(12, IntStream.of(widths).sum() / 2);
        doc.table(header, rows, widths).setCellMargins(0, NARROW_MARGIN, 0, NARROW_MARGIN);
    }
}
