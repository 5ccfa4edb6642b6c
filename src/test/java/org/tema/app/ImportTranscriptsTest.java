package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.transcript.BadFiles;
import org.tema.io.transcript.WordFiles;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;
import org.tema.store.ProjectCounts;

class ImportTranscriptsTest {
    @TempDir
    Path dir;

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void importsTranscriptWithTurnsMatchedToNewParticipantsAndFlagsTheInterviewer() throws Exception {
        Path a = text("kontor-a.txt", "Intervjuer: Hva gjør dere?\n\nAnne: Vi følger opp unge.\n\nArild: Og vi chatter.\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            List<ImportResult> r = new ImportTranscripts(p).run(List.of(a), ImportOptions.ofGroup("Kontor A"));
            assertTrue(r.get(0).ok(), r.get(0).message());
            assertEquals(3, r.get(0).turns());
            assertEquals(13, r.get(0).words()); // labels are part of the text
            Participant anne = p.participants().find("Anne").orElseThrow();
            assertEquals("Kontor A", anne.group());
            Participant interviewer = p.participants().find("Intervjuer").orElseThrow();
            assertTrue(interviewer.interviewer());
            assertEquals("", interviewer.group());
            List<SpeakerTurn> turns = p.documents().turns(r.get(0).documentId());
            assertEquals(anne.id(), turns.get(1).participantId());
            assertEquals("kontor-a", p.documents().get(r.get(0).documentId()).name());
            assertEquals("Kontor A", p.documents().get(r.get(0).documentId()).group());
        }
    }

    @Test
    void speakersAreMatchedToExistingParticipantsIgnoringCaseAndReviewDecisionsApply() throws Exception {
        Path b = text("b.txt", "BERIT: Ja.\n\nModerator X: Hvorfor?\n\nB: Fordi.\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            Participant berit = p.participants().add("Berit", "Kontor B", false);
            ImportOptions options = new ImportOptions("Kontor B", Map.of("B", "Berit"), Set.of("Moderator X"));
            assertTrue(new ImportTranscripts(p).run(List.of(b), options).get(0).ok());
            List<SpeakerTurn> turns = p.documents().turns(p.documents().find("b").id());
            assertEquals(berit.id(), turns.get(0).participantId());
            assertEquals(berit.id(), turns.get(2).participantId());
            assertTrue(p.participants().find("Moderator X").orElseThrow().interviewer());
            assertEquals(2, p.participants().list().size());
        }
    }

    @Test
    void badFilesFailWithAClearMessageLeaveTheProjectAsItWasAndTheRestStillImport() throws Exception {
        List<Path> bad = List.of(BadFiles.empty(dir), BadFiles.binaryWithTextExtension(dir), BadFiles.invalidUtf8(dir),
                BadFiles.unknownExtension(dir), BadFiles.oversized(dir), BadFiles.brokenVtt(dir), BadFiles.truncatedDocx(dir),
                BadFiles.zipBombDocx(dir));
        Path good1 = text("god1.txt", "Anne: Hei.\n");
        Path good2 = WordFiles.create().boldLabel("Berit:", " Hallo.").write(dir.resolve("god2.docx"));
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            ImportTranscripts importer = new ImportTranscripts(p);
            ProjectCounts before = p.counts();
            List<ImportResult> onlyBad = importer.run(bad, ImportOptions.defaults());
            assertEquals(before, p.counts());
            assertTrue(onlyBad.stream().noneMatch(ImportResult::ok));
            for (int i = 0; i < bad.size(); i++) {
                String m = onlyBad.get(i).message();
                assertTrue(m.startsWith("Could not import «" + bad.get(i).getFileName() + "»: "), m);
                assertTrue(m.length() > ("Could not import «" + bad.get(i).getFileName() + "»: ").length() + 10, m);
            }
            List<Path> mixed = new ArrayList<>(bad);
            mixed.add(1, good1);
            mixed.add(good2);
            List<ImportResult> r = importer.run(mixed, ImportOptions.defaults());
            assertEquals(List.of(good1, good2), r.stream().filter(ImportResult::ok).map(ImportResult::file).toList());
            assertEquals(2, p.counts().documents());
            assertEquals(2, p.counts().speakerTurns());
            assertTrue(p.check().isEmpty());
        }
    }

    @Test
    void aFileWithTheNameOfAnImportedDocumentIsRefused() throws Exception {
        Path a = text("a.txt", "Anne: Hei.\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            new ImportTranscripts(p).run(List.of(a), ImportOptions.defaults());
            ImportResult again = new ImportTranscripts(p).run(List.of(a), ImportOptions.defaults()).get(0);
            assertFalse(again.ok());
            assertTrue(again.message().contains("already has a document named «a»"), again.message());
            assertEquals(1, p.counts().documents());
        }
    }

    @Test
    void importIsUndoneAndRedoneWithItsParticipants() throws Exception {
        Path a = text("a.txt", "Anne: Hei.\n\nArild: Hallo.\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            new ImportTranscripts(p).run(List.of(a), ImportOptions.defaults());
            ProjectCounts after = p.counts();
            p.history().undo();
            assertEquals(0, p.counts().documents());
            assertEquals(0, p.counts().participants());
            p.history().redo();
            assertEquals(after, p.counts());
            assertEquals(p.participants().find("Anne").orElseThrow().id(),
                    p.documents().turns(p.documents().find("a").id()).get(0).participantId());
        }
    }

    @Test
    void progressIsReportedPerFileAndCancelStopsTheRest() throws Exception {
        List<Path> files = List.of(text("1.txt", "A: x"), text("2.txt", "A: y"), text("3.txt", "A: z"));
        AtomicBoolean cancel = new AtomicBoolean();
        List<Integer> done = new ArrayList<>();
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            List<ImportResult> r = new ImportTranscripts(p).run(files, ImportOptions.defaults(), (n, total, result) -> {
                done.add(n);
                assertEquals(3, total);
                cancel.set(true);
            }, cancel::get);
            assertEquals(List.of(1, 2, 3), done);
            assertEquals(List.of(ImportResult.Status.IMPORTED, ImportResult.Status.CANCELLED, ImportResult.Status.CANCELLED),
                    r.stream().map(ImportResult::status).toList());
            assertEquals(1, p.counts().documents());
        }
    }

    @Test
    void filesOfABatchAreCommittedOneByOneWithSyncAtCheckpointsAndFullSyncAfterwards() throws Exception {
        List<Path> files = List.of(text("a.txt", "Anne: Ja.\n"), text("b.txt", "Bent: Nei.\n"));
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            List<Long> syncDuring = new ArrayList<>();
            List<Long> documentsDuring = new ArrayList<>();
            new ImportTranscripts(p).run(files, ImportOptions.defaults(), (n, total, result) -> {
                syncDuring.add(p.stores().file().sql().count("PRAGMA synchronous"));
                documentsDuring.add(p.counts().documents());
            }, () -> false);
            assertEquals(List.of(1L, 1L), syncDuring);
            assertEquals(List.of(1L, 2L), documentsDuring);
            assertEquals(2L, p.stores().file().sql().count("PRAGMA synchronous"));
        }
    }

    @Test
    void previewShowsTheSpeakersAndTheirParticipantsWithoutStoringAnything() throws Exception {
        Path a = text("a.txt", "Intervjuer: Hva?\n\nANNE: Ja.\n\nBent: Nei.\n\nAnne: Jo.\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            p.participants().add("Anne", "Kontor A", false);
            ProjectCounts before = p.counts();
            List<ImportTranscripts.SpeakerPreview> preview = new ImportTranscripts(p).previewSpeakers(a,
                    new ImportOptions("", Map.of("Bent", "Bente"), Set.of()));
            assertEquals(List.of(
                    new ImportTranscripts.SpeakerPreview("ANNE", 1, "Anne", true, false),
                    new ImportTranscripts.SpeakerPreview("Anne", 1, "Anne", true, false),
                    new ImportTranscripts.SpeakerPreview("Bent", 1, "Bente", false, false),
                    new ImportTranscripts.SpeakerPreview("Intervjuer", 1, "Intervjuer", false, true)), preview);
            assertEquals(before, p.counts());
        }
    }
}
