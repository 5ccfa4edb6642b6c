package org.tema.io.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.DemoProject;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportData;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;

/**
 * Writes every report of the sample project into {@code target/sample-reports/} (to be converted to PDF
 * and looked at) and checks them against the project.
 */
class SampleReportsTest {
    @TempDir
    Path dir;

    @Test
    void everyReportOfTheSampleProjectIsWrittenAndQuotesEveryMarkedPassage() throws Exception {
        Path out = Path.of("target", "sample-reports");
        Files.createDirectories(out);
        DemoProject.build(Path.of("sample-data"), dir);
        try (Project p = Project.open(dir.resolve(DemoProject.FILE_NAME))) {
            ReportSettings settings = ReportSettings.defaults(Locale.forLanguageTag("nb")).withDate(LocalDate.of(2026, 11, 30))
                    .withParticipantFacts(true);
            for (ReportKind kind : ReportKind.values()) {
                p.reporting().writeReport(kind, settings, out.resolve("report-" + kind.key() + ".docx"));
            }
            ReportData data = p.reporting().data();
            XWPFDocument findings = Docx.open(out.resolve("report-findings.docx"));
            List<String> quotes = Docx.texts(findings, WordStyles.QUOTE);
            assertTrue(data.anyMarked(), "the sample marks passages for the report");
            long marked = data.quotesByCode().keySet().stream().mapToLong(code -> data.quotes(code, QuoteSelection.MARKED).size()).sum();
            assertEquals(marked, quotes.size());
            assertTrue(marked > 30 && marked < data.quotesByCode().values().stream().mapToLong(List::size).sum(),
                    "the marked passages, not all: " + marked);
            assertTrue(quotes.stream().anyMatch(q -> q.contains("ovenfra (...), og hun")), "an omission prints as (...)");
            List<Code> reported = new ArrayList<>(data.uncategorised());
            data.categories().forEach(c -> c.codeIds().forEach(id -> reported.add(data.code(id))));
            long silent = reported.stream().filter(code -> data.quotes(code.id(), QuoteSelection.MARKED).isEmpty()
                    && code.summary().isBlank()).count();
            assertTrue(silent > 0, "some codes have neither a marked quote nor a summary");
            assertEquals(silent, Docx.texts(findings, WordStyles.NOTE).stream()
                    .filter("Ingen utsagn med denne koden er sitert."::equals).count());
            assertEquals(List.of("1 Informantene", "2 Formen følger ungdommen og stedet", "3 Relasjonen bærer oppfølgingen",
                    "4 Mellom tall og skjønn", "5 Koder uten kategori"), Docx.texts(findings, WordStyles.HEADING_1));
        }
    }
}
