package org.tema.io.report;

import org.tema.report.AttributionPart;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsReportTest {
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
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

    private XWPFDocument findings(ReportSettings settings) throws IOException {
        return Docx.write(new FindingsReport(), fixture.data(), settings);
    }

    @Test
    void sectionsFollowTheCategoriesOrderWithNumberedHeadingsAndUncategorisedCodesLast() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(NB));
        assertEquals(List.of("1 Relasjoner", "2 Rammer", "3 Koder uten kategori"), Docx.texts(doc, WordStyles.HEADING_1));
        assertEquals(List.of("1.1 Tillit", "1.2 Samarbeid", "2.1 Arbeidsmengde", "3.1 Brukermedvirkning", "3.2 Tempo"),
                Docx.texts(doc, WordStyles.HEADING_2));
        assertEquals("Hvordan veilederne bygger relasjoner.", Docx.after(doc, "1 Relasjoner").getText());
        assertEquals("Tillit bygges sakte og brytes fort.", Docx.after(doc, "1.1 Tillit").getText());
    }

    @Test
    void quotesAreMarkedPassagesWithOmissionsEachFollowedByItsAttributionLine() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(NB));
        List<String> quotes = Docx.texts(doc, WordStyles.QUOTE);
        assertEquals(List.of(
                "Det handler om å bygge tillit over tid, (...).",
                "Tilliten kommer når vi holder det vi lover.",
                "Vi ringer dem ofte, nesten hver uke. Det handler om å bygge tillit over tid, og det tar lang tid.",
                "Jeg har altfor mange på lista mi. Da blir det lite tid til hver enkelt.",
                "For meg betyr det at kandidaten bestemmer tempoet."), quotes);
        assertEquals("- «Anne», «Kontor A»", Docx.after(doc, quotes.get(0)).getText());
        assertEquals(WordStyles.ATTRIBUTION, Docx.after(doc, quotes.get(0)).getStyle());
        assertEquals("- «Bjørn», «Kontor B»", Docx.after(doc, quotes.get(1)).getText());
        assertFalse(quotes.contains("Ellers mister vi dem."), "an unmarked passage is not quoted");
    }

    @Test
    void allPassagesAreQuotedWhenAskedOrWhenNoneIsMarked() throws IOException {
        XWPFDocument all = findings(ReportSettings.defaults(NB).withQuotes(QuoteSelection.ALL));
        assertTrue(Docx.texts(all, WordStyles.QUOTE).contains("Ellers mister vi dem."));
        assertEquals(8, Docx.texts(all, WordStyles.QUOTE).size());

        fixture.data().quotesByCode().values().stream().flatMap(List::stream)
                .forEach(q -> fixture.project.coding().setInReport(q.segment().id(), false));
        XWPFDocument noneMarked = findings(ReportSettings.defaults(NB));
        assertEquals(8, Docx.texts(noneMarked, WordStyles.QUOTE).size());
    }

    @Test
    void attributionLineHasThePartsInTheChosenOrder() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(NB).withAttribution(
                List.of(AttributionPart.DOCUMENT, AttributionPart.LINE, AttributionPart.PSEUDONYM)));
        assertEquals("- «Intervju Kontor A», linje 2, «Anne»", Docx.after(doc, "Det handler om å bygge tillit over tid, (...).").getText());
    }

    @Test
    void headingStylesAreDefinedWithOutlineLevelsSoATableOfContentsFindsThem() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(NB));
        assertTrue(doc.getStyles().styleExist(WordStyles.HEADING_1));
        assertEquals(BigInteger.ZERO, doc.getStyles().getStyle(WordStyles.HEADING_1).getCTStyle().getPPr().getOutlineLvl().getVal());
        assertEquals(BigInteger.ONE, doc.getStyles().getStyle(WordStyles.HEADING_2).getCTStyle().getPPr().getOutlineLvl().getVal());
        assertEquals("heading 1", doc.getStyles().getStyle(WordStyles.HEADING_1).getName());
    }

    @Test
    void titleDateAndPageNumbersAreThere() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(NB).withTitle("Funn fra tre kontorer").withDate(LocalDate.of(2026, 11, 30)));
        assertEquals(List.of("Funn fra tre kontorer"), Docx.texts(doc, WordStyles.TITLE));
        assertEquals(List.of("30. november 2026"), Docx.texts(doc, WordStyles.SUBTITLE));
        String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertTrue(footer.contains("PAGE"), footer);
    }

    @Test
    void englishLabelsFollowAnEnglishLocale() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(Locale.ENGLISH).withDate(LocalDate.of(2026, 11, 30))
                .withAttribution(List.of(AttributionPart.PSEUDONYM, AttributionPart.LINE)));
        assertEquals("3 Codes without a category", Docx.texts(doc, WordStyles.HEADING_1).get(2));
        assertEquals(List.of("30 November 2026"), Docx.texts(doc, WordStyles.SUBTITLE));
        assertEquals("- «Anne», line 2", Docx.after(doc, "Det handler om å bygge tillit over tid, (...).").getText());
    }

    @Test
    void participantFactsComeFirstWhenAskedForWithATableOfInterviewees() throws IOException {
        XWPFDocument doc = findings(ReportSettings.defaults(NB).withParticipantFacts(true));
        assertEquals("1 Informantene", Docx.texts(doc, WordStyles.HEADING_1).get(0));
        assertEquals("2 Relasjoner", Docx.texts(doc, WordStyles.HEADING_1).get(1));
        List<String> normal = Docx.texts(doc, WordStyles.NORMAL);
        assertTrue(normal.contains("Analysen bygger på 4 informanter i 2 grupper."), normal.toString());
        assertTrue(normal.contains("Portefølje: fra 14 til 93, gjennomsnitt 50,5"), normal.toString());
        assertTrue(normal.contains("Bakgrunn: sosialfag (2), helse (1), pedagogikk (1)"), normal.toString());
        XWPFTable table = doc.getTables().get(0);
        assertEquals(List.of("Informant", "Gruppe", "Portefølje", "Bakgrunn"), table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
        assertEquals("Bjørn", table.getRow(4).getCell(0).getText());
        assertEquals("55", table.getRow(4).getCell(2).getText());
        assertEquals(5, table.getNumberOfRows(), "the interviewer is not a participant in the facts");
        assertTrue(table.getRow(0).isRepeatHeader());
    }
}
