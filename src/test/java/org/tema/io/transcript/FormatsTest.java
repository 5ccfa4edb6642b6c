package org.tema.io.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.SpeakerTurn;

class FormatsTest {
    @TempDir
    Path dir;
    private final TranscriptFiles files = TranscriptFiles.standard();

    private static List<String> turnTexts(Transcript t) {
        return t.turns().stream().map(x -> t.text().substring(x.start(), x.end())).toList();
    }

    @Test
    void docxKeepsParagraphOrderAndTablesLeavesOutHeadersAndFindsBoldLabels() throws Exception {
        Path f = WordFiles.create().headerAndFooter("KONFIDENSIELT", "Side 1").paragraph("Gruppeintervju, Kontor B")
                .boldLabel("Intervjuer:", " Hvordan går det?").boldLabel("Berit", " Det går bra, takk.")
                .table(new String[][] {{"Bjørn", "Enig med Berit."}, {"Bente:", "Ikke jeg."}})
                .paragraph("Slutt på opptaket.").write(dir.resolve("b.docx"));
        Transcript t = files.read(f);
        assertFalse(t.text().contains("KONFIDENSIELT"));
        assertFalse(t.text().contains("Side 1"));
        assertTrue(t.text().startsWith("Gruppeintervju, Kontor B\n\nIntervjuer: Hvordan går det?"));
        assertEquals(List.of("Intervjuer", "Berit", "Bjørn", "Bente"), t.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(List.of("Hvordan går det?", "Det går bra, takk.", "Enig med Berit.", "Ikke jeg.\n\nSlutt på opptaket."), turnTexts(t));
        assertEquals("docx", t.format());
    }

    @Test
    void odtParagraphsHeadingsAndTablesAreReadButNotNotes() throws Exception {
        String content = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\">"
                + "<office:body><office:text><text:h>Kontor C</text:h><text:p>Camilla: Vi<text:s text:c=\"2\"/>møtes"
                + "<text:note><text:note-body><text:p>fotnote</text:p></text:note-body></text:note> ofte.</text:p>"
                + "<table:table><table:table-row><table:table-cell><text:p>Carl: Sjelden.</text:p></table:table-cell></table:table-row></table:table>"
                + "</office:text></office:body></office:document-content>";
        Path f = WordFiles.zip(dir.resolve("c.odt"), "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content);
        Transcript t = files.read(f);
        assertEquals("Kontor C\n\nCamilla: Vi  møtes ofte.\n\nCarl: Sjelden.", t.text());
        assertEquals(List.of("Vi  møtes ofte.", "Sjelden."), turnTexts(t));
    }

    @Test
    void odtWithADoctypeIsRefused() throws Exception {
        String content = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        Path f = WordFiles.zip(dir.resolve("xxe.odt"), "content.xml", content);
        org.tema.io.ImportException e = org.junit.jupiter.api.Assertions.assertThrows(org.tema.io.ImportException.class, () -> files.read(f));
        assertTrue(e.getMessage().contains("xxe.odt"));
    }

    @Test
    void rtfTextIsReadWithNorwegianLetters() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252 {\\b Anne:} Vi m\\'f8tes p\\'e5 kontoret.\\par Bj\\'f8rn: Ja.\\par}";
        Transcript t = files.read(Files.writeString(dir.resolve("d.rtf"), rtf, StandardCharsets.US_ASCII));
        assertEquals(List.of("Vi møtes på kontoret.", "Ja."), turnTexts(t));
        assertEquals(List.of("Anne", "Bjørn"), t.turns().stream().map(SpeakerTurn::speaker).toList());
    }

    @Test
    void vttVoiceTagsGiveSpeakersAndCueTimingStaysOutOfTheText() throws Exception {
        String vtt = "WEBVTT\n\nNOTE made by a machine\n\n1\n00:00:01.000 --> 00:00:04.500\n<v Dana>Hello &amp; welcome.</v>\n\n"
                + "00:00:05.000 --> 00:00:07.000\n<v Dana>Still me.\n\n00:00:08.000 --> 00:00:09.250 align:start\n<v.loud David><i>Hi!</i>\n";
        Transcript t = files.read(Files.writeString(dir.resolve("e.vtt"), vtt));
        assertEquals("Dana: Hello & welcome. Still me.\n\nDavid: Hi!", t.text());
        assertEquals(List.of("Hello & welcome. Still me.", "Hi!"), turnTexts(t));
        SpeakerTurn dana = t.turns().get(0);
        assertEquals(1000L, dana.startMillis());
        assertEquals(7000L, dana.endMillis());
        assertEquals(9250L, t.turns().get(1).endMillis());
    }

    @Test
    void srtCuesWithLabelsBecomeTimedTurns() throws Exception {
        String srt = "1\r\n00:00:01,000 --> 00:00:02,000\r\nAnne: Hei.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nog velkommen.\r\n\r\n"
                + "3\r\n00:00:05,000 --> 00:00:06,500\r\nBerit: Takk.\r\n";
        Transcript t = files.read(Files.writeString(dir.resolve("f.srt"), srt));
        assertEquals(List.of("Hei.\n\nog velkommen.", "Takk."), turnTexts(t));
        assertEquals(4000L, t.turns().get(0).endMillis());
        assertEquals(5000L, t.turns().get(1).startMillis());
    }

    @Test
    void folderGivesItsSupportedFilesSorted() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("a.vtt"), "x");
        Files.writeString(dir.resolve("notes.pdf"), "x");
        assertEquals(List.of(dir.resolve("a.vtt"), dir.resolve("b.txt")), files.expand(List.of(dir)));
    }
}
