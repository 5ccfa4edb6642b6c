package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.refi.ExchangeReport;
import org.tema.io.refi.ZipFixtures;
import org.tema.model.Document;
import org.tema.model.Segment;

/** What real programs write: NVivo's counting, BOM and CRLF, odd names, memo-only selections, gaps. */
class QdpxToleranceTest {
    private static final String RAW = "Første linje 😀 med 🎉 feiring\r\nAndre linje om tillit 👍🏽 her\r\nTredje linje slutt\r\n";
    private static final String C1 = "aaaaaaaa-0000-0000-0000-000000000001";
    private static final String C2 = "aaaaaaaa-0000-0000-0000-000000000002";

    @TempDir
    Path dir;

    @Test
    void importsNVivoStyleFileWithItsOddities() throws Exception {
        String qde = "<?xml version='1.0' encoding='utf-8'?>\n<Project xmlns='urn:QDA-XML:project:1.0' name='Untitled' origin='NVivo for Windows 12.6'>"
                + "<Users><User guid='bbbbbbbb-0000-0000-0000-000000000001' name='Gergo'/></Users>"
                + "<CodeBook><Codes><Code guid='" + C1 + "' name='Tillit' isCodable='true'><Code guid='" + C2
                + "' name='Feiring' isCodable='true'/></Code></Codes></CodeBook><Sources>"
                + "<TextSource guid='cccccccc-0000-0000-0000-000000000001' name='Kommentarer' plainTextPath='internal://cccccccc-0000-0000-0000-000000000001.txt'>"
                + selection("dddddddd-0000-0000-0000-000000000001", "Andre linje om tillit 👍🏽 her", C1, "eeeeeeee-0000-0000-0000-000000000001")
                + selection("dddddddd-0000-0000-0000-000000000002", "feiring", C2, "eeeeeeee-0000-0000-0000-000000000002")
                + selection("dddddddd-0000-0000-0000-000000000003", "Tredje linje slutt", C1, "eeeeeeee-0000-0000-0000-000000000002")
                + memoOnly("dddddddd-0000-0000-0000-000000000004", "feiring", "Ironisk?")
                + memoOnly("dddddddd-0000-0000-0000-000000000005", "Første", "Bare et notat")
                + "</TextSource>"
                + "<TextSource guid='cccccccc-0000-0000-0000-000000000002' name='Borte' plainTextPath='internal://missing.txt'>"
                + selection("dddddddd-0000-0000-0000-000000000009", "x", C1, "eeeeeeee-0000-0000-0000-000000000009") + "</TextSource>"
                + "<PictureSource guid='cccccccc-0000-0000-0000-000000000003' name='Tavle' path='internal://tavle.png'/>"
                + "</Sources></Project>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Annet navn.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("Sources/cccccccc-0000-0000-0000-000000000001.txt", withBom(RAW));
        entries.put("Sources/tavle.png", new byte[] {1, 2, 3});
        Path file = ZipFixtures.zip(dir.resolve("nvivo.qdpx"), entries);

        ExchangeReport report = ExchangeProject.importQdpx(file, dir.resolve("n.tema"));
        String all = String.join("\n", report.lines());
        assertEquals(3, report.count("coded passages"), all);
        assertTrue(all.contains("UTF-16 code units, a CRLF line break counted as two"), all);
        assertTrue(all.contains("missing.txt"), all);
        assertTrue(all.contains("PictureSource «Tavle»"), all);
        assertTrue(all.contains("Bare et notat"), all);
        assertTrue(all.contains("repeated GUID"), all);
        try (Project p = Project.open(dir.resolve("n.tema"))) {
            Document d = p.documents().list().get(0);
            String text = p.documents().text(d.id());
            assertEquals(RAW.replace("\r\n", "\n"), text);
            List<String> coded = p.stores().segments().list().stream().map(s -> text.substring(s.start(), s.end())).sorted().toList();
            assertEquals(List.of("Andre linje om tillit 👍🏽 her", "Tredje linje slutt", "feiring"), coded);
            Segment feiring = p.stores().segments().list().stream().filter(s -> text.substring(s.start(), s.end()).equals("feiring"))
                    .findFirst().orElseThrow();
            assertEquals("Ironisk?", feiring.memo());
            assertEquals("Gergo", p.stores().coders().list().get(0).name());
            assertEquals(2, p.codeBook().codes().size());
        }
    }

    /** A selection with NVivo's positions: UTF-16 units of the text with CRLF, BOM not counted. */
    private static String selection(String guid, String words, String code, String codingGuid) {
        int start = RAW.indexOf(words);
        int end = start < 0 ? 5 : start + words.length();
        return "<PlainTextSelection guid='" + guid + "' name='' startPosition='" + Math.max(start, 0) + "' endPosition='" + end
                + "' creatingUser='bbbbbbbb-0000-0000-0000-000000000001'><Description/><Coding guid='" + codingGuid
                + "'><CodeRef targetGUID='" + code + "'/></Coding></PlainTextSelection>";
    }

    private static String memoOnly(String guid, String words, String memo) {
        int start = RAW.indexOf(words);
        return "<PlainTextSelection guid='" + guid + "' startPosition='" + start + "' endPosition='" + (start + words.length())
                + "'><Description>" + memo + "</Description></PlainTextSelection>";
    }

    private static byte[] withBom(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }
}
