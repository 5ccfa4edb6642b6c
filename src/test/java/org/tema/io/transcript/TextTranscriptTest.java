package org.tema.io.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.SpeakerTurn;

class TextTranscriptTest {
    private static final String NORWEGIAN = "Intervjuer: Hva tenker dere om møtene?\n\nBjørn: Jeg synes de er for korte, særlig på våren.\n";
    @TempDir
    Path dir;
    private final TranscriptFiles files = TranscriptFiles.standard();

    private Transcript read(String name, byte[] bytes) throws Exception {
        return files.read(Files.write(dir.resolve(name), bytes));
    }

    private static String turnText(Transcript t, int i) {
        SpeakerTurn turn = t.turns().get(i);
        return t.text().substring(turn.start(), turn.end());
    }

    @Test
    void utf8TextKeepsLettersAndFindsTurnsWithLabelsOutsideTheirRange() throws Exception {
        Transcript t = read("a.txt", NORWEGIAN.getBytes(StandardCharsets.UTF_8));
        assertEquals(NORWEGIAN.strip(), t.text());
        assertEquals(2, t.turns().size());
        assertEquals("Intervjuer", t.turns().get(0).speaker());
        assertEquals("Hva tenker dere om møtene?", turnText(t, 0));
        assertEquals("Bjørn", t.turns().get(1).speaker());
        assertEquals("Jeg synes de er for korte, særlig på våren.", turnText(t, 1));
    }

    @Test
    void windows1252NorwegianTextComesInWithoutMojibake() throws Exception {
        Transcript t = read("gammel.txt", NORWEGIAN.getBytes(Charset.forName("windows-1252")));
        assertEquals(NORWEGIAN.strip(), t.text());
        assertFalse(t.text().contains("Ã"));
    }

    @Test
    void shortIso88591TextIsDetected() throws Exception {
        Transcript t = read("kort.txt", "Blåbær og brød: ære være.".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Blåbær og brød: ære være.", t.text());
    }

    @Test
    void utf8WithBomAndUtf16WithBomAreRead() throws Exception {
        byte[] utf8 = NORWEGIAN.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(NORWEGIAN.strip(), read("bom.txt", bom).text());
        byte[] le = ("\uFEFF" + NORWEGIAN).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(NORWEGIAN.strip(), read("le.txt", le).text());
        byte[] be = ("\uFEFF" + NORWEGIAN).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(NORWEGIAN.strip(), read("be.md", be).text());
    }

    @Test
    void crlfAndCrOnlyLineEndingsBecomeLf() throws Exception {
        assertEquals(NORWEGIAN.strip(), read("crlf.txt", NORWEGIAN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)).text());
        Transcript cr = read("cr.txt", NORWEGIAN.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        assertEquals(NORWEGIAN.strip(), cr.text());
        assertEquals(2, cr.turns().size());
    }

    @Test
    void recognisesEveryLabelForm() throws Exception {
        String text = String.join("\n", "Gruppeintervju på kontoret", "I: Første spørsmål?", "ANNE: Ja.", "[Berit] Nei.",
                "[00:12:03] Carl: Kanskje.", "00:13:10 Interviewer: Takk.", "Anne (ler): Greit.");
        Transcript t = read("labels.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("I", "ANNE", "Berit", "Carl", "Interviewer", "Anne"), t.turns().stream().map(SpeakerTurn::speaker).toList());
        assertEquals(List.of("Første spørsmål?", "Ja.", "Nei.", "Kanskje.", "Takk.", "Greit."),
                List.of(turnText(t, 0), turnText(t, 1), turnText(t, 2), turnText(t, 3), turnText(t, 4), turnText(t, 5)));
        assertEquals(12 * 60_000 + 3_000L, t.turns().get(3).startMillis());
        assertNull(t.turns().get(0).startMillis());
    }

    @Test
    void paragraphsWithoutLabelContinueTheTurn() throws Exception {
        Transcript t = read("multi.txt", "Anne: Første avsnitt.\n\nog så det andre.\n\nBerit: Ja.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Første avsnitt.\n\nog så det andre.", turnText(t, 0));
        assertEquals(2, t.turns().size());
    }

    @Test
    void sentencesWithColonsInsideATurnAreNotLabels() {
        assertTrue(SpeakerLabels.find("og så sa hun til meg: nei").isEmpty());
        assertTrue(SpeakerLabels.find("Klokka var 10:30 da vi startet").isEmpty());
        assertTrue(SpeakerLabels.find("Se https://example.org for mer").isEmpty());
    }

    @Test
    void interviewerLabelsAreKnown() {
        assertTrue(SpeakerLabels.isInterviewer("I"));
        assertTrue(SpeakerLabels.isInterviewer("Intervjuer"));
        assertTrue(SpeakerLabels.isInterviewer("INTERVIEWER 2"));
        assertFalse(SpeakerLabels.isInterviewer("Ida"));
    }

    @Test
    void turnRangesCountUtf16UnitsPastEmojiAndCombiningMarks() throws Exception {
        String text = "Anne: Vi 😀 ler.\nBjo\u0308rn: Og så?";
        Transcript t = read("emoji.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("Vi 😀 ler.", turnText(t, 0));
        assertEquals(6, t.turns().get(0).start());
        assertEquals(16, t.turns().get(0).end()); // the emoji counts two
        assertEquals("Bjo\u0308rn", t.turns().get(1).speaker());
        assertEquals("Og så?", turnText(t, 1));
    }
}
