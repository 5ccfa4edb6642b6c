package org.tema.ui.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/** Builds, through the use cases, a project with one long group interview and many coded passages. */
final class LongTranscript {
    private static final String[] WORDS = ("og i jeg det at en som på er for med har de vi ikke til ungdommen "
            + "veileder oppfølging arbeid tillit møte digitalt fysisk kontor relasjon mentor samarbeid "
            + "utfordring erfaring altså liksom eh ja nei kanskje egentlig viktig plan mål skole helse "
            + "tid uke samtale telefon video hjem trygghet ansvar kollega leder rutine blåbær øyeblikk").split(" ");

    private LongTranscript() {
    }

    static Path build(Path file, int words, int passages, int codes, long seed) {
        Random random = new Random(seed);
        try (Project p = Project.create(file)) {
            p.inTransaction(() -> {
                List<Participant> people = new ArrayList<>();
                people.add(p.participants().add("Intervjuer", "", true));
                for (int i = 1; i <= 4; i++) {
                    people.add(p.participants().add("Deltaker " + i, "Kontor B", false));
                }
                StringBuilder text = new StringBuilder();
                List<SpeakerTurn> turns = new ArrayList<>();
                int written = 0;
                while (written < words) {
                    Participant who = people.get(random.nextInt(people.size()));
                    text.append(who.pseudonym()).append(": ");
                    int start = text.length();
                    int n = 15 + random.nextInt(140);
                    for (int i = 0; i < n; i++) {
                        text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                    text.append('.');
                    turns.add(new SpeakerTurn(0, 0, start, text.length(), who.pseudonym(), who.id(), null, null));
                    text.append("\n\n");
                    written += n;
                }
                String all = text.toString();
                Document d = p.documents().add("Langt intervju", "langt.txt", "txt", all, "Kontor B", null, turns);
                List<Code> made = new ArrayList<>();
                for (int i = 1; i <= codes; i++) {
                    made.add(p.codeBook().add(null, Integer.toString(i), "Kode " + i));
                }
                for (int i = 0; i < passages; i++) {
                    SpeakerTurn t = turns.get(random.nextInt(turns.size()));
                    int a = t.start() + random.nextInt(Math.max(1, t.end() - t.start() - 20));
                    int b = Math.min(t.end(), a + 20 + random.nextInt(300));
                    p.coding().apply(d.id(), made.get(random.nextInt(made.size())).id(), a, b);
                }
            });
        }
        return file;
    }
}
