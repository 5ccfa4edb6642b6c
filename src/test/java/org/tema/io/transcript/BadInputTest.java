package org.tema.io.transcript;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.ImportException;

class BadInputTest {
    @TempDir
    Path dir;
    private final TranscriptFiles files = TranscriptFiles.standard();

    private void assertRefused(Path file, String reason) {
        ImportException e = assertThrows(ImportException.class, () -> files.read(file));
        assertTrue(e.getMessage().contains("«" + file.getFileName() + "»"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertRefused(BadFiles.empty(dir), "the file is empty");
    }

    @Test
    void binaryFileWithTextExtensionIsRefused() throws Exception {
        assertRefused(BadFiles.binaryWithTextExtension(dir), "binary file");
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        assertRefused(BadFiles.invalidUtf8(dir), "not valid UTF-8");
    }

    @Test
    void unknownExtensionIsRefusedNamingTheFormatsThatWork() throws Exception {
        assertRefused(BadFiles.unknownExtension(dir), "does not read «.pdf» files (it reads docx");
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws Exception {
        assertRefused(BadFiles.oversized(dir), "more than the limit of 50 MB");
    }

    @Test
    void vttWithABrokenCueIsRefusedNamingTheLine() throws Exception {
        assertRefused(BadFiles.brokenVtt(dir), "the cue at line 6 has a broken timing line");
    }

    @Test
    void vttWithoutHeaderIsRefused() throws Exception {
        assertRefused(java.nio.file.Files.writeString(dir.resolve("x.vtt"), "00:01.000 --> 00:02.000\nhei\n"), "does not start with WEBVTT");
    }

    @Test
    void truncatedDocxIsRefused() throws Exception {
        assertRefused(BadFiles.truncatedDocx(dir), "damaged");
    }

    @Test
    void docxThatIsNotAZipIsRefused() throws Exception {
        assertRefused(java.nio.file.Files.writeString(dir.resolve("tekst.docx"), "Anne: Jeg er bare tekst."), "damaged");
    }

    @Test
    void zipBombDocxIsRefusedBeforeItExpands() throws Exception {
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertRefused(BadFiles.zipBombDocx(dir), "zip bomb");
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 200L * 1024 * 1024, "memory grew by " + (after - before));
    }

    @Test
    void zipBombWhoseDirectoryLiesIsStoppedWhileReading() throws Exception {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        ImportException e = assertThrows(ImportException.class,
                () -> ZipGuard.bounded(endless, 1000, dir.resolve("lying.odt")).readAllBytes());
        assertTrue(e.getMessage().contains("zip bomb"));
    }
}
