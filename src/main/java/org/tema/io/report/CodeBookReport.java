package org.tema.io.report;

import org.tema.report.CodeFigures;
import org.tema.report.Quote;
import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import org.tema.report.Attribution;
import org.tema.report.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;

/**
 * The code book for supervisors, on landscape pages: per category a table of its codes with number,
 * colour swatch, name, definition (description, when to use and not, an example quote), frequency
 * (passages, documents, participants) and an empty column for comments.
 */
public final class CodeBookReport implements ReportWriter {
    private static final int SWATCH_COLUMN = 1;
    private static final int DEFINITION_COLUMN = 3;

    @Override
    public void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException {
        WordDocument doc = WordDocument.titled(data, settings, "report.codebook", true);
        Labels labels = doc.labels();
        List<String> header = List.of(labels.get("column.number"), "", labels.get("column.code"),
                labels.get("column.definition"), labels.get("column.frequency"), labels.get("column.comments"));
        int section = 0;
        for (CodeGroups group : CodeGroups.of(data, labels)) {
            doc.heading(1, ++section + " " + group.name());
            if (!group.description().isBlank()) {
                doc.paragraph(WordStyles.NORMAL, group.description().strip());
            }
            if (group.codes().isEmpty()) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Code code : group.codes()) {
                CodeFigures f = data.figures(code.id());
                rows.add(List.of(code.number(), "", code.name(), "", labels.get("column.passages") + ": " + f.passages()
                        + "\n" + labels.get("column.documents") + ": " + f.documents()
                        + "\n" + labels.get("column.participants") + ": " + f.participants(), ""));
            }
            XWPFTable table = doc.table(header, rows, 3, 1, 9, 26, 8, 14);
            for (int r = 0; r < group.codes().size(); r++) {
                Code code = group.codes().get(r);
                table.getRow(r + 1).getCell(SWATCH_COLUMN).setColor(code.colour().substring(1));
                definition(table.getRow(r + 1).getCell(DEFINITION_COLUMN), code, data, settings, labels);
            }
            doc.paragraph(WordStyles.NORMAL, "");
        }
        doc.write(out);
    }

    private static void definition(XWPFTableCell cell, Code code, ReportData data, ReportSettings settings, Labels labels) {
        CodeDefinition d = code.definition();
        List<String[]> parts = new ArrayList<>();
        parts.add(new String[] {labels.get("definition.description"), d.description()});
        parts.add(new String[] {labels.get("definition.whenToUse"), d.whenToUse()});
        parts.add(new String[] {labels.get("definition.whenNotToUse"), d.whenNotToUse()});
        parts.add(new String[] {labels.get("definition.example"), example(code, data, settings, labels)});
        boolean first = true;
        for (String[] part : parts) {
            if (part[1].isBlank()) {
                continue;
            }
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setStyle(WordStyles.TABLE_TEXT);
            p.createRun().setText(part[0] + ": ");
            p.getRuns().get(0).setBold(true);
            WordDocument.text(p, part[1].strip());
            first = false;
        }
    }

    /** The code's own example when it has one, else its first quote with the attribution line. */
    static String example(Code code, ReportData data, ReportSettings settings, Labels labels) {
        if (!code.definition().example().isBlank()) {
            return code.definition().example();
        }
        Optional<Quote> q = data.quotes(code.id(), settings.quotes()).stream().findFirst();
        return q.map(x -> "«" + x.text() + "» " + Attribution.of(x, settings.attribution(), labels)).orElse("");
    }
}
