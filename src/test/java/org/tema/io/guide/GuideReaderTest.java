package org.tema.io.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.tema.io.ImportException;
import org.tema.io.transcript.WordFiles;

class GuideReaderTest {
    private static final String MD = """
            # Intervjuguide om oppfølging

            ## Innledning

            1. Hvor lenge har dere jobbet her?
               - Hvilken fagbakgrunn har dere?
            2. Hvordan ser en vanlig uke ut?

            ## Avslutning

            3. Er det noe vi ikke har snakket om
               som dere mener er viktig?
            """;
    @TempDir
    Path dir;

    private static List<String> numbers(Guide g) {
        return g.themes().stream().flatMap(t -> t.questions().stream()).map(Guide.Question::number).toList();
    }

    @Test
    void markdownHeadingsBecomeThemesAndNumberedLinesQuestionsWithFollowUps() throws Exception {
        Guide g = GuideReader.read(Files.writeString(dir.resolve("guide.md"), MD));
        assertEquals(List.of("Innledning", "Avslutning"), g.themes().stream().map(Guide.Theme::title).toList());
        assertEquals(List.of("1", "2", "3"), numbers(g));
        Guide.Question first = g.themes().get(0).questions().get(0);
        assertEquals("Hvor lenge har dere jobbet her?\n- Hvilken fagbakgrunn har dere?", first.fullText());
        assertEquals("Er det noe vi ikke har snakket om\n- som dere mener er viktig?",
                g.themes().get(1).questions().get(0).fullText());
    }

    @Test
    void plainTextWithBulletedQuestionsGetsNumbersInOrder() throws Exception {
        String txt = "Bakgrunn\n- Hvem er dere?\n- Hva gjør dere?\n  - Hvor ofte?\n\nTillit\n* Hvordan bygger dere tillit?\n";
        Guide g = GuideReader.read(Files.writeString(dir.resolve("guide.txt"), txt));
        assertEquals(List.of("Bakgrunn", "Tillit"), g.themes().stream().map(Guide.Theme::title).toList());
        assertEquals(List.of("1", "2", "3"), numbers(g));
        assertEquals(List.of("Hvor ofte?"), g.themes().get(0).questions().get(1).followUps());
    }

    @Test
    void docxWithLiteralNumbersAndHeadingStyles() throws Exception {
        Path f = WordFiles.create().styled("Title", "Intervjuguide").styled("Heading1", "Innledning")
                .paragraph("1. Hvor lenge har dere jobbet her?").paragraph("- Hvilken fagbakgrunn?")
                .styled("Heading1", "Begreper").paragraph("2. Hva betyr tett oppfølging?").write(dir.resolve("g.docx"));
        Guide g = GuideReader.read(f);
        assertEquals(List.of("Innledning", "Begreper"), g.themes().stream().map(Guide.Theme::title).toList());
        assertEquals(List.of("Hvilken fagbakgrunn?"), g.themes().get(0).questions().get(0).followUps());
    }

    @Test
    void docxWithWordAutoNumberingUsesListLevels() throws Exception {
        WordFiles w = WordFiles.create().styled("Heading1", "Innledning");
        BigInteger numId = numbering(w);
        item(w, numId, 0, "Hvor lenge har dere jobbet her?");
        item(w, numId, 1, "Hvilken fagbakgrunn har dere?");
        item(w, numId, 0, "Hvordan ser en vanlig uke ut?");
        w.styled("Heading1", "Avslutning");
        item(w, numId, 0, "Noe mer?");
        Guide g = GuideReader.read(w.write(dir.resolve("auto.docx")));
        assertEquals(List.of("1", "2", "3"), numbers(g));
        assertEquals(List.of("Hvilken fagbakgrunn har dere?"), g.themes().get(0).questions().get(0).followUps());
        assertEquals("Noe mer?", g.themes().get(1).questions().get(0).text());
    }

    @Test
    void guideWithoutQuestionsIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("tom.md"), "# Bare en tittel\n");
        ImportException e = assertThrows(ImportException.class, () -> GuideReader.read(f));
        assertTrue(e.getMessage().contains("«tom.md»: no questions were found"), e.getMessage());
    }

    private static BigInteger numbering(WordFiles w) {
        XWPFNumbering numbering = w.document().createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        for (int level = 0; level < 2; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
        }
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
        return numbering.addNum(absId);
    }

    private static void item(WordFiles w, BigInteger numId, int level, String text) {
        XWPFParagraph p = w.document().createParagraph();
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }
}
