package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.app.Project;
import org.tema.model.Participant;
import org.tema.ui.common.ProgressSink;

class AppTranscriptImporterTest {
    @TempDir
    Path dir;

    @Test
    void speakersAreReviewedAndTheChoicesAreUsedByTheImport() throws Exception {
        Path file = Files.writeString(dir.resolve("gruppe-d.txt"),
                "Ordstyrer: Velkommen.\n\nDina: Takk.\n\nOrdstyrer: Hvordan går det?\n\nDina: Bra.\n");
        AppTranscriptImporter importer = new AppTranscriptImporter();
        try (Project p = Project.create(dir.resolve("d.tema"))) {
            List<SpeakerChoice> speakers = importer.speakers(p, List.of(file));
            SpeakerChoice chair = speakers.stream().filter(s -> s.label().equals("Ordstyrer")).findFirst().orElseThrow();
            SpeakerChoice dina = speakers.stream().filter(s -> s.label().equals("Dina")).findFirst().orElseThrow();
            assertEquals(2, speakers.size());
            assertEquals(2, chair.turns());
            List<SpeakerChoice> reviewed = List.of(chair.withParticipant("Intervjuer", true), dina.withParticipant("Dina", false));
            long[] progress = {0, 0};
            List<String> problems = importer.importFiles(p, List.of(file, dir.resolve("missing.docx")), reviewed,
                    new ProgressSink() {
                        @Override
                        public void progress(long done, long total) {
                            progress[0] = done;
                            progress[1] = total;
                        }

                        @Override
                        public void message(String text) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
            assertEquals(1, problems.size(), problems::toString);
            assertEquals(2, progress[1]);
            assertEquals(1, p.documents().list().size());
            Participant interviewer = p.participants().find("Intervjuer").orElseThrow();
            assertTrue(interviewer.interviewer());
        }
    }

    @Test
    void theSampleIsMadeInANewFolderEachTime() throws Exception {
        Path sampleData = Path.of("sample-data");
        SampleMaker maker = SampleFolder.maker(sampleData);
        Path first = maker.makeIn(dir);
        try (Project p = Project.open(first)) {
            assertTrue(p.documents().list().size() >= 3);
            assertTrue(p.counts().segments() > 0);
        }
        Thread.sleep(1100);
        Path second = maker.makeIn(dir);
        assertTrue(!first.equals(second) && Files.exists(first) && Files.exists(second));
    }
}
