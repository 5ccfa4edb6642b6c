package org.tema.io.report;

import org.tema.report.Quote;
import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import org.tema.report.Attribution;
import org.tema.report.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.tema.model.Attribute;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Participant;

/**
 * The findings chapter: optionally the participants' facts first, then a numbered section per category
 * in the analyst's order with its description, and per code its summary and its quotes as indented
 * block quotes, each followed by its attribution line (a code with neither says that none of its
 * passages is quoted, so the gap shows in the draft). Codes in no category come last.
 */
public final class FindingsReport implements ReportWriter {
    @Override
    public void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException {
        WordDocument doc = WordDocument.titled(data, settings, "report.findings", false);
        Labels labels = doc.labels();
        int section = 0;
        if (settings.participantFacts()) {
            doc.heading(1, ++section + " " + labels.get("section.facts"));
            facts(doc, data, labels);
        }
        for (Category category : data.categories()) {
            doc.heading(1, ++section + " " + category.name());
            if (!category.description().isBlank()) {
                doc.paragraph(WordStyles.NORMAL, category.description().strip());
            }
            codes(doc, data, settings, section, category.codeIds().stream().map(data::code).toList());
        }
        List<Code> rest = data.uncategorised();
        if (!rest.isEmpty()) {
            doc.heading(1, ++section + " " + labels.get("section.uncategorised"));
            codes(doc, data, settings, section, rest);
        }
        doc.write(out);
    }

    private static void codes(WordDocument doc, ReportData data, ReportSettings settings, int section, List<Code> codes) {
        int sub = 0;
        for (Code code : codes) {
            doc.heading(2, section + "." + ++sub + " " + code.name());
            if (!code.summary().isBlank()) {
                doc.paragraph(WordStyles.NORMAL, code.summary().strip());
            }
            List<Quote> quotes = data.quotes(code.id(), settings.quotes());
            if (quotes.isEmpty() && code.summary().isBlank()) {
                doc.paragraph(WordStyles.NOTE, doc.labels().get("findings.noQuotes"));
            }
            for (Quote q : quotes) {
                doc.paragraph(WordStyles.QUOTE, q.text());
                doc.paragraph(WordStyles.ATTRIBUTION, Attribution.of(q, settings.attribution(), doc.labels()));
            }
        }
    }

    private static void facts(WordDocument doc, ReportData data, Labels labels) {
        doc.paragraph(WordStyles.NORMAL, FactLines.intro(data, labels));
        for (String line : FactLines.lines(data.facts(), labels)) {
            doc.paragraph(WordStyles.NORMAL, line);
        }
        List<String> header = new ArrayList<>(List.of(labels.get("column.participant"), labels.get("column.group")));
        data.attributes().forEach(a -> header.add(a.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Participant p : data.interviewees()) {
            List<String> row = new ArrayList<>(List.of(p.pseudonym(), p.group()));
            for (Attribute a : data.attributes()) {
                row.add(data.value(p.id(), a.id()));
            }
            rows.add(row);
        }
        doc.table(header, rows);
        doc.paragraph(WordStyles.NORMAL, "");
    }
}
