package org.tema.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.report.AttributionPart;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;
import org.tema.ui.TestProjects;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.ReportPreferences;
import org.tema.ui.common.SameThreadTaskRunner;
import org.tema.ui.common.Settings;

class ReportViewModelTest {
    @TempDir
    Path dir;
    private Project project;
    private ProjectSession session;
    private Settings settings;
    private ReportViewModel model;
    private static final String PLAN = "Og så lager vi en plan sammen. Det tar tid, men det er verdt det.";

    @BeforeEach
    void open() {
        project = Project.open(TestProjects.interview(dir));
        long doc = project.documents().list().get(0).id();
        int s = TestProjects.TEXT.indexOf(PLAN);
        project.coding().apply(doc, project.codeBook().find("2").id(), s, s + PLAN.length());
        session = new ProjectSession(project, new SameThreadTaskRunner(), e -> { throw new AssertionError(e); });
        settings = new Settings();
        model = new ReportViewModel(session, settings, Messages.of(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        project.close();
    }

    private QuoteRow onlyQuote() {
        assertEquals(1, model.quotes().groups().size());
        return model.quotes().groups().get(0).quotes().get(0);
    }

    @Test
    void optionsMapToTheReportSettingsAndAreKeptInTheUserSettings() {
        ReportOptions o = model.options();
        assertEquals("en", o.languageProperty().get());
        o.kindProperty().set(ReportKind.CODEBOOK);
        o.titleProperty().set("  Funn  ");
        o.languageProperty().set("nb");
        o.quotesProperty().set(QuoteSelection.ALL);
        o.participantFactsProperty().set(true);
        o.add(AttributionPart.LINE);
        assertTrue(o.move(AttributionPart.LINE, -1));
        assertFalse(o.move(AttributionPart.PSEUDONYM, -1));
        assertTrue(o.remove(AttributionPart.PSEUDONYM));

        ReportSettings s = o.toReportSettings(LocalDate.of(2024, 5, 1));
        assertEquals(new ReportSettings(Locale.forLanguageTag("nb"), "Funn", LocalDate.of(2024, 5, 1),
                List.of(AttributionPart.LINE, AttributionPart.GROUP), QuoteSelection.ALL, true), s);
        assertEquals(new ReportPreferences(ReportKind.CODEBOOK, List.of(AttributionPart.LINE, AttributionPart.GROUP),
                QuoteSelection.ALL, true, "nb", "  Funn  "), settings.reportProperty().get());
        assertEquals(List.of(AttributionPart.PSEUDONYM, AttributionPart.DOCUMENT, AttributionPart.TIME), o.missingParts());

        ReportOptions again = new ReportOptions(Settings.fromJson(settings.toJson()), Locale.ENGLISH);
        assertEquals(s, again.toReportSettings(LocalDate.of(2024, 5, 1)));
        assertEquals(ReportKind.CODEBOOK, again.kindProperty().get());
    }

    @Test
    void theLastAttributionPartCannotBeRemoved() {
        ReportOptions o = model.options();
        assertTrue(o.remove(AttributionPart.GROUP));
        assertFalse(o.remove(AttributionPart.PSEUDONYM));
        assertEquals(List.of(AttributionPart.PSEUDONYM), o.attribution());
    }

    @Test
    void quotesAreListedByCodeWithTheirAttributionInTheChosenForm() {
        QuoteRow row = onlyQuote();
        assertEquals("2 Plan", model.quotes().groups().get(0).code().label());
        assertEquals(PLAN, row.passage());
        assertEquals("- «Jonas», «Kontor H»", model.quotes().attribution(row));
        model.options().add(AttributionPart.LINE);
        assertEquals("- «Jonas», «Kontor H», line 5", model.quotes().attribution(row));
    }

    @Test
    void markingAQuoteForTheReportCanBeUndone() {
        assertFalse(onlyQuote().inReport());
        model.quotes().setInReport(onlyQuote(), true);
        assertTrue(onlyQuote().inReport());
        assertTrue(project.stores().segments().find(onlyQuote().segmentId()).orElseThrow().inReport());
        model.quotes().undo();
        assertFalse(onlyQuote().inReport());
    }

    @Test
    void selectedWordsAreOmittedWithoutTheirBlanksAndTheOmissionCanBeRemovedOrUndone() {
        QuoteRow row = onlyQuote();
        int from = PLAN.indexOf(" Det tar tid,");
        model.quotes().omit(row, from, from + " Det tar tid, ".length());
        QuoteRow omitted = onlyQuote();
        assertEquals(1, omitted.omissions().size());
        assertEquals(row.start() + from + 1, omitted.omissions().get(0).start());
        assertEquals(row.start() + from + " Det tar tid,".length(), omitted.omissions().get(0).end());
        assertEquals("Og så lager vi en plan sammen. (...) men det er verdt det.", omitted.quote().text());

        model.quotes().undo();
        assertTrue(onlyQuote().omissions().isEmpty());
        session.redo();
        assertEquals(1, onlyQuote().omissions().size());
        model.quotes().removeOmission(onlyQuote().omissions().get(0));
        assertTrue(onlyQuote().omissions().isEmpty());
        assertEquals(PLAN, onlyQuote().quote().text());
    }

    @Test
    void aBlankSelectionOmitsNothing() {
        int before = project.history().undoName().isPresent() ? 1 : 0;
        model.quotes().omit(onlyQuote(), 3, 3);
        model.quotes().omit(onlyQuote(), 2, 3);
        assertTrue(onlyQuote().omissions().isEmpty());
        assertEquals(before, project.history().undoName().isPresent() ? 1 : 0);
    }

    @Test
    void exportingAFindingsReportWritesTheMarkedQuoteWithItsOmission() throws Exception {
        model.quotes().setInReport(onlyQuote(), true);
        int from = PLAN.indexOf("Det tar tid,");
        model.quotes().omit(onlyQuote(), from, from + "Det tar tid,".length());
        Path target = dir.resolve("funn.docx");
        List<ExportViewModel.Outcome> outcomes = new ArrayList<>();
        model.export().export(ExportViewModel.Format.WORD, target, outcomes::add);
        assertEquals(1, outcomes.size());
        assertNull(outcomes.get(0).error());
        assertEquals(List.of(target), outcomes.get(0).files());
        assertFalse(model.export().runningProperty().get());
        String text;
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            text = words.getText();
        }
        assertTrue(text.contains("Og så lager vi en plan sammen. (...) men det er verdt det."), text);
        assertTrue(text.contains("- «Jonas», «Kontor H»"), text);
    }

    @Test
    void exportingTheWorkbookAndCsvWritesTheirFiles() throws Exception {
        List<ExportViewModel.Outcome> outcomes = new ArrayList<>();
        model.export().export(ExportViewModel.Format.EXCEL, dir.resolve("tall.xlsx"), outcomes::add);
        model.export().export(ExportViewModel.Format.CSV, dir.resolve("csv"), outcomes::add);
        assertTrue(outcomes.get(0).succeeded());
        assertTrue(Files.size(dir.resolve("tall.xlsx")) > 0);
        assertTrue(outcomes.get(1).succeeded());
        assertFalse(outcomes.get(1).files().isEmpty());
        assertTrue(outcomes.get(1).files().stream().allMatch(Files::exists));
    }

    @Test
    void aFailedExportNamesTheFileAndLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("funn.docx");
        List<ExportViewModel.Outcome> outcomes = new ArrayList<>();
        model.export().export(ExportViewModel.Format.WORD, target, outcomes::add);
        assertFalse(outcomes.get(0).succeeded());
        assertTrue(outcomes.get(0).error().contains(target.toAbsolutePath().toString()), outcomes.get(0).error());
        assertFalse(Files.exists(target));
        assertFalse(model.export().runningProperty().get());
    }
}
