package org.tema.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tema.app.Project;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/** Small projects written for the GUI tests: a group interview with speaker turns and a few codes. */
public final class TestProjects {
    public static final String TEXT = String.join("\n",
            "Intervjuer: Hvordan begynner dere med en ny ungdom?",
            "",
            "Hilde: Vi starter alltid med en samtale hjemme, der ungdommen er trygg.",
            "",
            "Jonas: Og så lager vi en plan sammen. Det tar tid, men det er verdt det.",
            "",
            "Intervjuer: Hva gjør dere når planen ikke holder?",
            "",
            "Hilde: Da ringer jeg mentoren. Mentoren kjenner ungdommen best.");

    private TestProjects() {
    }

    /** Creates a project with one transcript «Gruppe H», the codes «1 Første møte» and «2 Plan», and no coding. */
    public static Path interview(Path dir) {
        Path file = dir.resolve("intervju.tema");
        try (Project p = Project.create(file)) {
            Participant interviewer = p.participants().add("Intervjuer", "", true);
            Participant hilde = p.participants().add("Hilde", "Kontor H", false);
            Participant jonas = p.participants().add("Jonas", "Kontor H", false);
            List<SpeakerTurn> turns = new ArrayList<>();
            int lineStart = 0;
            for (String line : TEXT.split("\n", -1)) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    String speaker = line.substring(0, colon);
                    Participant who = speaker.equals("Hilde") ? hilde : speaker.equals("Jonas") ? jonas : interviewer;
                    turns.add(new SpeakerTurn(0, 0, lineStart + colon + 2, lineStart + line.length(), speaker, who.id(), null, null));
                }
                lineStart += line.length() + 1;
            }
            p.documents().add("Gruppe H", "gruppe-h.txt", "txt", TEXT, "Kontor H", null, turns);
            p.codeBook().add(null, "1", "Første møte");
            p.codeBook().add(null, "2", "Plan");
        }
        return file;
    }
}
