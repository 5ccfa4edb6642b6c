package org.tema.io.report;

import org.tema.report.Quote;
import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import org.tema.report.Attribution;
import org.tema.report.Labels;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.tema.model.Code;

/**
 * The text of the findings report written with POI's plainest calls (no styles, page setup or
 * numbering): the yardstick of the reporting benchmark.
 */
public final class BareFindings implements ReportWriter {
    @Override
    public void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException {
        Labels labels = Labels.of(settings.locale());
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Code code : data.codes()) {
                doc.createParagraph().createRun().setText(code.name());
                for (Quote q : data.quotes(code.id(), settings.quotes())) {
                    doc.createParagraph().createRun().setText(q.text());
                    doc.createParagraph().createRun().setText(Attribution.of(q, settings.attribution(), labels));
                }
            }
            doc.write(out);
        }
    }
}
