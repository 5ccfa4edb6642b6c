package org.tema.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFailedWriteLeavesTheExistingFileUntouchedAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("rapport.docx");
        byte[] before = "the old report".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of a new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailedWriteOfANewFileLeavesNothing() throws IOException {
        Path target = dir.resolve("ny.xlsx");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("broken");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws IOException {
        Path target = dir.resolve("tabell.csv");
        Files.writeString(target, "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }
}
