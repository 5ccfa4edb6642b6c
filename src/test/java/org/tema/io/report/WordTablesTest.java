package org.tema.io.report;

import org.tema.report.ReportSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The code book, the category table and the matrices, read back with POI. */
class WordTablesTest {
    private static final ReportSettings NB = ReportSettings.defaults(Locale.forLanguageTag("nb"));
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

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void codeBookHasATablePerCategoryWithDefinitionsExamplesFrequenciesSwatchesAndACommentsColumn() throws IOException {
        XWPFDocument doc = Docx.write(new CodeBookReport(), fixture.data(), NB);
        assertEquals(List.of("1 Relasjoner", "2 Rammer", "3 Koder uten kategori"), Docx.texts(doc, WordStyles.HEADING_1));
        XWPFTable relasjoner = doc.getTables().get(0);
        assertEquals(List.of("Nr.", "", "Kode", "Definisjon", "Hyppighet", "Kommentarer"), cells(relasjoner.getRow(0)));
        assertTrue(relasjoner.getRow(0).isRepeatHeader());
        List<String> tillit = cells(relasjoner.getRow(1));
        assertEquals("2", tillit.get(0));
        assertEquals("Tillit", tillit.get(2));
        assertEquals("4363D8", relasjoner.getRow(1).getCell(1).getColor());
        assertTrue(tillit.get(3).contains("Beskrivelse: Tillit mellom veileder, kandidat og arbeidsgiver."), tillit.get(3));
        assertTrue(tillit.get(3).contains("Eksempel: «Det handler om å bygge tillit over tid, (...).» - «Anne», «Kontor A»"), tillit.get(3));
        assertEquals("Utsagn: 3\nDokumenter: 2\nInformanter: 2", tillit.get(4));
        assertEquals("", tillit.get(5));
        List<String> samarbeid = cells(relasjoner.getRow(2));
        assertTrue(samarbeid.get(3).contains("Brukes når: Når informanten beskriver samarbeid i praksis."), samarbeid.get(3));
        assertTrue(samarbeid.get(3).contains("Brukes ikke når: Ikke for samarbeid med kandidaten."), samarbeid.get(3));
        XWPFTable uncategorised = doc.getTables().get(2);
        assertEquals(List.of("4", "4.1"), List.of(uncategorised.getRow(1).getCell(0).getText(), uncategorised.getRow(2).getCell(0).getText()));
    }

    @Test
    void categoryTableIsOneTableWithTheCategorySpanningItsCodes() throws IOException {
        XWPFDocument doc = Docx.write(new CategoryTableReport(), fixture.data(), NB);
        assertEquals(1, doc.getTables().size());
        XWPFTable t = doc.getTables().get(0);
        assertEquals(List.of("Kategori", "Kode", "Utsagn", "Dokumenter", "Informanter"), cells(t.getRow(0)));
        assertEquals(List.of("Relasjoner", "2 Tillit", "3", "2", "2"), cells(t.getRow(1)));
        assertEquals(List.of("", "1 Samarbeid", "2", "2", "2"), cells(t.getRow(2)));
        assertEquals(List.of("Rammer", "3 Arbeidsmengde", "1", "1", "1"), cells(t.getRow(3)));
        assertEquals(List.of("Koder uten kategori", "4 Brukermedvirkning", "1", "1", "1"), cells(t.getRow(4)));
        assertEquals(STMerge.RESTART, t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
        assertEquals(STMerge.CONTINUE, t.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal());
        assertTrue(t.getRow(0).isRepeatHeader());
    }

    @Test
    void matricesCountOverlappingPassagesAndPassagesPerGroup() throws IOException {
        XWPFDocument doc = Docx.write(new MatricesReport(), fixture.data(), NB);
        assertEquals(List.of("1 Samforekomst av koder", "2 Koder fordelt på grupper"), Docx.texts(doc, WordStyles.HEADING_1));
        XWPFTable co = doc.getTables().get(0);
        assertEquals(List.of("Kode", "1", "2", "3", "4", "4.1", "Utsagn"), cells(co.getRow(0)));
        assertEquals(List.of("1 Samarbeid", "–", "3", "0", "0", "0", "2"), cells(co.getRow(1)),
                "a code meets itself on the dash; its number of passages is in the last column");
        assertEquals(List.of("2 Tillit", "3", "–", "0", "0", "0", "3"), cells(co.getRow(2)));
        assertEquals(List.of("4 Brukermedvirkning", "0", "0", "0", "–", "1", "1"), cells(co.getRow(4)));
        XWPFTable groups = doc.getTables().get(1);
        assertEquals(List.of("Kode", "Kontor A", "Kontor B"), cells(groups.getRow(0)));
        assertEquals(List.of("2 Tillit", "1", "2"), cells(groups.getRow(2)));
        assertTrue(groups.getRow(0).isRepeatHeader());
    }
}
