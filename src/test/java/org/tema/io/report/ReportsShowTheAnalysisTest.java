package org.tema.io.report;

import org.tema.report.Quote;
import org.tema.report.ReportData;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.analysis.AttributeFacts;
import org.tema.analysis.Charts;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.PassageFilter;
import org.tema.app.Matrices;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.model.CodedPassage;
import org.tema.model.Document;

/**
 * The numbers in the exported Word report and Excel workbook are those the program shows
 * ({@code tema matrix}, {@code tema facts}): the same project gives the same figures everywhere. The
 * fixture gets what the reports once counted otherwise: the interviewer's coded words, a transcript
 * without a group, and a passage that starts on a speaker's label.
 */
class ReportsShowTheAnalysisTest {
    private static final String TEXT_C = "Notat: samarbeid og tillit går hånd i hånd, sier veilederne.\n";
    @TempDir
    Path dir;
    ReportFixture fixture;
    Project project;

    @BeforeEach
    void setUp() {
        fixture = ReportFixture.create(dir);
        project = fixture.project;
        Document a = project.stores().documents().list().get(0);
        String question = "Hvordan samarbeider dere med arbeidsgiverne?";
        int q = ReportFixture.TEXT_A.indexOf(question);
        project.coding().apply(a.id(), fixture.samarbeid.id(), q, q + question.length());
        project.coding().apply(a.id(), fixture.tillit.id(), q, q + 20);
        int label = ReportFixture.TEXT_A.indexOf("Astrid: ");
        project.coding().apply(a.id(), fixture.samarbeid.id(), label, label + 30);
        Document c = project.documents().add("Feltnotat", "notat.txt", "txt", TEXT_C, "", LocalDate.of(2025, 3, 12), List.of());
        project.coding().apply(c.id(), fixture.samarbeid.id(), 0, TEXT_C.length() - 1);
        project.coding().apply(c.id(), fixture.tillit.id(), 7, 30);
    }

    @AfterEach
    void tearDown() {
        project.close();
    }

    private CodeMatrix cooccurrence() {
        return project.matrices().cooccurrence(Cooccurrence.Mode.OVERLAP, PassageFilter.DEFAULT);
    }

    private CodeMatrix byGroup() {
        return project.matrices().byGroup(Matrices.Measure.PASSAGES, PassageFilter.DEFAULT);
    }

    private List<Code> codes() {
        return project.reporting().data().codes();
    }

    @Test
    void wordCoOccurrenceAndGroupTablesAreTheProgramsMatrices() throws IOException {
        Path file = dir.resolve("matriser.docx");
        project.reporting().writeReport(ReportKind.MATRICES, ReportSettings.defaults(Locale.ENGLISH), file);
        XWPFDocument doc = Docx.open(file);
        CodeMatrix co = cooccurrence();
        List<Charts.Bar> perCode = project.matrices().passagesPerCode(PassageFilter.DEFAULT);
        XWPFTable table = doc.getTables().get(0);
        List<Code> codes = codes();
        for (int r = 0; r < codes.size(); r++) {
            Code row = codes.get(r);
            List<String> expected = new ArrayList<>(List.of(row.label()));
            for (Code column : codes) {
                long figure = co.row(row.id()).cell(co.columnIndex(Long.toString(column.id())));
                expected.add(column.equals(row) ? MatricesReport.DIAGONAL : Long.toString(figure));
            }
            expected.add(Long.toString(perCode.stream().filter(b -> b.label().equals(row.label())).findFirst().orElseThrow().value()));
            assertEquals(expected, cells(table, r + 1), "row of " + row.label());
        }
        assertTrue(co.row(fixture.samarbeid.id()).cell(co.columnIndex(Long.toString(fixture.tillit.id()))) > 0);

        CodeMatrix groups = byGroup();
        XWPFTable groupTable = doc.getTables().get(1);
        List<String> header = new ArrayList<>(List.of("Code"));
        groups.columns().forEach(c -> header.add(c.label().isEmpty() ? MatrixTable.NO_GROUP : c.label()));
        assertEquals(header, cells(groupTable, 0));
        assertTrue(header.contains(MatrixTable.NO_GROUP), "the notes without a group have their column");
        for (int r = 0; r < codes.size(); r++) {
            List<String> expected = new ArrayList<>(List.of(codes.get(r).label()));
            for (long v : groups.row(codes.get(r).id()).cells()) {
                expected.add(Long.toString(v));
            }
            assertEquals(expected, cells(groupTable, r + 1));
        }
    }

    @Test
    void workbookMatricesAreTheProgramsMatrices() throws IOException {
        Path file = dir.resolve("tall.xlsx");
        project.reporting().writeWorkbook(Locale.ENGLISH, file);
        CodeMatrix co = cooccurrence();
        CodeMatrix groups = byGroup();
        List<Code> codes = codes();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet coSheet = book.getSheetAt(1);
            Sheet groupSheet = book.getSheetAt(2);
            for (int r = 0; r < codes.size(); r++) {
                Code row = codes.get(r);
                assertEquals(row.label(), coSheet.getRow(r + 1).getCell(0).getStringCellValue());
                for (int c = 0; c < codes.size(); c++) {
                    long expected = co.row(row.id()).cell(co.columnIndex(Long.toString(codes.get(c).id())));
                    assertEquals(expected, (long) coSheet.getRow(r + 1).getCell(c + 1).getNumericCellValue());
                }
                assertEquals(groups.row(row.id()).total(),
                        (long) coSheet.getRow(r + 1).getCell(codes.size() + 1).getNumericCellValue());
                long[] expected = groups.row(row.id()).cells();
                for (int c = 0; c < expected.length; c++) {
                    assertEquals(expected[c], (long) groupSheet.getRow(r + 1).getCell(c + 1).getNumericCellValue());
                }
            }
        }
    }

    @Test
    void factsSectionIsTheProgramsFacts() throws IOException {
        Path file = dir.resolve("funn.docx");
        project.reporting().writeReport(ReportKind.FINDINGS, ReportSettings.defaults(Locale.ENGLISH).withParticipantFacts(true), file);
        List<String> normal = Docx.texts(Docx.open(file), WordStyles.NORMAL);
        List<AttributeFacts> facts = project.facts().ofParticipants(false);
        assertEquals(2, facts.size());
        for (AttributeFacts f : facts) {
            String expected = f.numeric()
                    ? f.attribute().name() + ": from " + plain(f.min()) + " to " + plain(f.max()) + ", mean " + plain(f.mean())
                    : f.attribute().name() + ": " + f.valueCounts().entrySet().stream()
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
            assertTrue(normal.contains(expected), expected + " in " + normal);
        }
    }

    @Test
    void categoryTableFiguresAreReadOffTheProgramsMatrices() throws IOException {
        Path file = dir.resolve("kategorier.docx");
        project.reporting().writeReport(ReportKind.CATEGORIES, ReportSettings.defaults(Locale.ENGLISH), file);
        XWPFTable table = Docx.open(file).getTables().get(0);
        CodeMatrix documents = project.matrices().byDocument(Matrices.Measure.PASSAGES, PassageFilter.DEFAULT);
        CodeMatrix participants = project.matrices().byParticipant(Matrices.Measure.PASSAGES, PassageFilter.DEFAULT);
        long samarbeid = fixture.samarbeid.id();
        assertEquals(List.of("", "1 Samarbeid", Long.toString(byGroup().row(samarbeid).total()),
                Long.toString(java.util.Arrays.stream(documents.row(samarbeid).cells()).filter(v -> v > 0).count()),
                Long.toString(java.util.Arrays.stream(participants.row(samarbeid).cells()).filter(v -> v > 0).count())),
                cells(table, 2));
        assertEquals(List.of("", "1 Samarbeid", "4", "3", "3"), cells(table, 2),
                "the interviewer's question is not counted; the notes without speakers are a document of their own");
    }

    @Test
    void quotesNameTheSpeakerAndGroupTheRetrievalNames() {
        ReportData data = project.reporting().data();
        List<CodedPassage> passages = project.retrieval().allCoded(PassageFilter.EVERYTHING);
        assertEquals(passages.size(), data.quotesByCode().values().stream().mapToInt(List::size).sum());
        for (CodedPassage p : passages) {
            Quote q = data.quotes(p.codeId()).stream().filter(x -> x.segment().id() == p.segmentId()).findFirst().orElseThrow();
            assertEquals(List.of(p.speaker(), String.valueOf(p.participantId()), p.group()),
                    List.of(q.speaker(), String.valueOf(q.participantId()), q.group()));
        }
        int label = ReportFixture.TEXT_A.indexOf("Astrid: ");
        Quote onLabel = data.quotes(fixture.samarbeid.id()).stream().filter(x -> x.segment().start() == label).findFirst().orElseThrow();
        assertEquals("Astrid", onLabel.pseudonym(), "a passage starting on a speaker's label is that speaker's");
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
    }
}
