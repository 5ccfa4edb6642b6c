package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakersTest {
    @TempDir
    Path dir;
    private Project project;
    private Speakers speakers;

    @BeforeEach
    void importTwoTranscripts() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "I: Hva tenker dere?\n\nAnne: Vi møtes for lite.\n\nAnn: Enig.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "I: Og dere?\n\nAnne: Tja, jeg vet ikke helt.\n");
        project = Project.create(dir.resolve("p.tema"));
        new ImportTranscripts(project).run(List.of(a, b), ImportOptions.defaults());
        speakers = new Speakers(project);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        project.close();
    }

    @Test
    void listsEachLabelWithItsParticipantTurnsAndWords() {
        List<Speakers.Speaker> list = speakers.list();
        assertEquals(List.of("I", "Anne", "Ann"), list.stream().map(Speakers.Speaker::label).toList());
        Speakers.Speaker anne = speakers.get("Anne");
        assertEquals(2, anne.turns());
        assertEquals(9, anne.words());
        assertEquals("Anne", anne.participant());
        assertTrue(speakers.get("I").interviewer());
    }

    @Test
    void mergeMakesTwoLabelsOneParticipantAndUndoRestoresThem() {
        long annId = speakers.get("Ann").participantId();
        speakers.merge("Ann", "Anne");
        assertEquals(3, speakers.get("Anne").turns());
        assertFalse(speakers.list().stream().anyMatch(s -> s.label().equals("Ann")));
        assertTrue(project.participants().find("Ann").isEmpty());
        project.history().undo();
        assertEquals(2, speakers.get("Anne").turns());
        assertEquals(annId, speakers.get("Ann").participantId());
        assertEquals("Ann", project.participants().get(annId).pseudonym());
        assertTrue(project.check().isEmpty());
    }

    @Test
    void renameChangesLabelAndParticipantNameUndoably() {
        long id = speakers.get("Ann").participantId();
        speakers.rename("Ann", "Astrid");
        assertEquals(id, speakers.get("Astrid").participantId());
        assertEquals("Astrid", project.participants().get(id).pseudonym());
        project.history().undo();
        assertEquals("Ann", project.participants().get(id).pseudonym());
        assertEquals(1, speakers.get("Ann").turns());
    }

    @Test
    void renameToAnExistingSpeakerMergesThem() {
        speakers.rename("Ann", "Anne");
        assertEquals(3, speakers.get("Anne").turns());
    }

    @Test
    void markInterviewerFlagsTheParticipantUndoably() {
        speakers.markInterviewer("Anne", true);
        assertTrue(speakers.get("Anne").interviewer());
        project.history().undo();
        assertFalse(speakers.get("Anne").interviewer());
    }
}
