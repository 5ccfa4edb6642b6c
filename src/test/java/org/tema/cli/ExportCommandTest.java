package org.tema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.report.ReportFixture;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path project;
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        ReportFixture f = ReportFixture.create(dir);
        project = f.project.path();
        f.project.close();
    }

    private int tema(String... args) {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(Commands.all(), console).run(List.of(args));
    }

    private static List<String> headings(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void exportsEachWordReport() throws Exception {
        for (String report : List.of("findings", "codebook", "categories", "matrices")) {
            Path out = dir.resolve(report + ".docx");
            assertEquals(Cli.OK, tema("export", "docx", project.toString(), out.toString(), "--report", report, "--lang", "nb"), err.toString());
            assertTrue(Files.size(out) > 0);
        }
        assertEquals(List.of("1 Relasjoner", "2 Rammer", "3 Koder uten kategori"), headings(dir.resolve("findings.docx")));
        assertEquals(List.of("1 Samforekomst av koder", "2 Koder fordelt på grupper"), headings(dir.resolve("matrices.docx")));
    }

    @Test
    void exportsTheWorkbookAndTheCsvFiles() throws Exception {
        Path xlsx = dir.resolve("tall.xlsx");
        assertEquals(Cli.OK, tema("export", "xlsx", project.toString(), xlsx.toString(), "--lang", "en"), err.toString());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("Passages", book.getSheetName(0));
            assertEquals(8, book.getSheetAt(0).getLastRowNum());
        }
        Path csv = dir.resolve("csv");
        assertEquals(Cli.OK, tema("export", "csv", project.toString(), csv.toString(), "--lang", "en"), err.toString());
        assertTrue(Files.exists(csv.resolve("passages.csv")));
        assertTrue(Files.exists(csv.resolve("participants.csv")));
    }

    @Test
    void anUnknownFormatOrReportIsAUsageError() {
        Path out = dir.resolve("x.docx");
        assertEquals(Cli.USAGE, tema("export", "pdf", project.toString(), out.toString()));
        assertEquals(Cli.USAGE, tema("export", "docx", project.toString(), out.toString(), "--report", "summary"));
        assertTrue(err.toString().contains("findings, codebook, categories, matrices"), err.toString());
        assertEquals(Cli.USAGE, tema("export", "docx", project.toString(), out.toString()));
        assertTrue(Files.notExists(out));
    }

    @Test
    void aTargetThatCannotBeWrittenFailsWithoutLeavingAFile() throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        assertEquals(Cli.FAILURE, tema("export", "docx", project.toString(), blocker.resolve("r.docx").toString(), "--report", "findings"));
        assertEquals("x", Files.readString(blocker));
    }
}
