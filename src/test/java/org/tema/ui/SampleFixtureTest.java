package org.tema.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;

class SampleFixtureTest {
    @TempDir
    Path dir;

    @Test
    void buildsTheSampleInterviewsWithTheirCoding() throws Exception {
        Path out = System.getProperty("tema.sample.out") == null ? dir.resolve("sample.tema")
                : Path.of(System.getProperty("tema.sample.out"));
        java.nio.file.Files.deleteIfExists(out);
        SampleFixture.build(out, Path.of("sample-data"));
        try (Project p = Project.open(out)) {
            assertEquals(2, p.documents().list().size());
            assertTrue(p.counts().segments() > 20);
            assertTrue(p.check().isEmpty(), () -> p.check().toString());
        }
    }
}
