package org.tema.io.report;

import org.tema.report.Labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.table.CsvWriter;
import org.tema.io.table.XlsxWriter;

/** The Excel workbook and CSV files of a project, read back. */
class DataTablesTest {
    @TempDir
    Path dir;
    ReportFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = ReportFixture.create(dir);
    }

    @AfterEach
    void tearDown() {
        fixture.project.close();
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) {
            out.add(c.getCellType() == CellType.NUMERIC ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue());
        }
        return out;
    }

    @Test
    void workbookHasASheetPerTableWithOneRowPerCodedPassage() throws IOException {
        fixture.project.coding().setMemo(fixture.tillitAnne.id(), "Godt sitat, men langt.");
        Path file = dir.resolve("tall.xlsx");
        XlsxWriter.write(DataTables.of(fixture.data(), Labels.of(Locale.forLanguageTag("nb"))), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(List.of("Utsagn", "Samforekomst", "Koder per gruppe", "Informanter"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)));
            Sheet passages = book.getSheetAt(0);
            assertEquals(List.of("Kodesti", "Kategori", "Dokument", "Taler", "Gruppe", "Portefølje", "Bakgrunn", "Start", "Slutt",
                    "Tekst", "Notat"), row(passages, 0));
            assertEquals(8, passages.getLastRowNum(), "one row per coded passage");
            int start = ReportFixture.TEXT_A.indexOf("Det handler");
            List<String> tillit = row(passages, 3);
            assertEquals(List.of("2 Tillit", "Relasjoner", "Intervju Kontor A", "Anne", "Kontor A", "40", "helse",
                    Integer.toString(start), Integer.toString(start + 60),
                    "Det handler om å bygge tillit over tid, og det tar lang tid.", "Godt sitat, men langt."), tillit);
            assertEquals(CellType.NUMERIC, passages.getRow(3).getCell(7).getCellType());
            assertEquals("4 Brukermedvirkning / 4.1 Tempo", row(passages, 8).get(0));
            assertEquals(List.of("Kode", "1 Samarbeid", "2 Tillit", "3 Arbeidsmengde", "4 Brukermedvirkning", "4.1 Tempo",
                    "Utsagn"), row(book.getSheetAt(1), 0));
            assertEquals(List.of("2 Tillit", "3", "0", "0", "0", "0", "3"), row(book.getSheetAt(1), 2),
                    "the analysis figures (a code with itself is 0), then the code's number of passages");
            assertEquals(List.of("2 Tillit", "1", "2"), row(book.getSheetAt(2), 2));
            Row bjorn = book.getSheetAt(3).getRow(4);
            assertEquals("Bjørn", bjorn.getCell(0).getStringCellValue());
            assertEquals(55.0, bjorn.getCell(3).getNumericCellValue());
        }
    }

    @Test
    void csvFilesQuoteCommasQuotesAndLineBreaksAfterRfc4180() throws IOException {
        fixture.project.coding().setMemo(fixture.tillitAnne.id(), "Hun sa \"alltid\",\nikke «ofte».");
        List<Path> files = CsvWriter.writeAll(DataTables.of(fixture.data(), Labels.of(Locale.ENGLISH)), dir.resolve("csv"));
        assertEquals(List.of("passages.csv", "co-occurrence.csv", "codes-by-group.csv", "participants.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        String csv = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Code path,Category,Document,Speaker,Group,Portefølje,Bakgrunn,Start,End,Text,Memo\r\n"), csv);
        assertTrue(csv.contains(",\"Det handler om å bygge tillit over tid, og det tar lang tid.\",\"Hun sa \"\"alltid\"\",\nikke «ofte».\"\r\n"), csv);
        assertEquals(9, csv.split("\r\n").length, "a header and eight records; the line break inside a field is no record end");
        String participants = Files.readString(files.get(3), StandardCharsets.UTF_8);
        assertTrue(participants.contains("Intervjuer,,yes,,\r\n"), participants);
    }
}
