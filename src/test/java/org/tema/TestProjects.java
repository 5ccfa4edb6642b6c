package org.tema;

import java.nio.file.Path;
import java.util.List;
import org.tema.app.Project;
import org.tema.model.Document;
import org.tema.model.SpeakerTurn;

/** Small hand-made projects for tests. */
public final class TestProjects {
    public static final String INTERVIEW = "Intervjuer: Hvordan møter dere ungdommene?\n\n"
            + "Berit: Vi møtes mest på kontoret, men også på video. Tillit tar tid å bygge.\n\n"
            + "Bjørn: Jeg er enig. Åpenhet og tillit er alt 😀 for oss.\n";

    private TestProjects() {
    }

    /** A new project with one transcript of three speaker turns. */
    public static Project withInterview(Path dir) {
        Project p = Project.create(dir.resolve("test.tema"));
        addInterview(p, "Kontor B");
        return p;
    }

    public static Document addInterview(Project p, String group) {
        String t = INTERVIEW;
        return p.documents().add("Kontor B intervju", "kontor-b.txt", "txt", t, group, null, List.of(
                turn(t, "Intervjuer", "Hvordan"), turn(t, "Berit", "Vi møtes"), turn(t, "Bjørn", "Jeg er enig")));
    }

    private static SpeakerTurn turn(String text, String speaker, String firstWords) {
        int start = text.indexOf(firstWords);
        int end = text.indexOf('\n', start);
        return new SpeakerTurn(0, 0, start, end, speaker, null, null, null);
    }

    /** The offset range of the first occurrence of {@code words} in the interview. */
    public static int[] rangeOf(String words) {
        int start = INTERVIEW.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException(words);
        }
        return new int[] {start, start + words.length()};
    }
}
