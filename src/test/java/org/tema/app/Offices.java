package org.tema.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tema.model.AttributeType;
import org.tema.model.Attribute;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/**
 * A small real project of two group interviews, written for these tests.
 * <pre>
 * Kontor A: Intervjuer: Hva tenker dere om samarbeidet?
 *           Anne: Vi stoler på hverandre. Samarbeidet med Nav går fint.
 *           Arild: Tid er det vi mangler mest. Samarbeid tar tid.
 * Kontor B: Intervjuer: Fortell om tilliten.
 *           Berit: Tillit bygger vi over tid. Det tar tid å bygge tillit.
 * </pre>
 * Codes 1 Tillit, 2 Samarbeid, 3 Tid. Passages: Tillit «Vi stoler på hverandre.» (Anne) and «Tillit
 * bygger vi over tid.» (Berit); Samarbeid «hverandre. Samarbeidet med Nav går fint.» (Anne, overlaps
 * Tillit), «Samarbeid tar tid.» (Arild) and «Hva tenker dere om samarbeidet?» (the interviewer);
 * Tid «Tid er det vi mangler mest.» (Arild) and «over tid. Det tar tid» (Berit, overlaps Tillit).
 */
public final class Offices implements AutoCloseable {
    public static final String TEXT_A = "Intervjuer: Hva tenker dere om samarbeidet?\n"
            + "Anne: Vi stoler på hverandre. Samarbeidet med Nav går fint.\n"
            + "Arild: Tid er det vi mangler mest. Samarbeid tar tid.\n";
    public static final String TEXT_B = "Intervjuer: Fortell om tilliten.\n"
            + "Berit: Tillit bygger vi over tid. Det tar tid å bygge tillit.\n";

    public final Project project;
    public final Participant interviewer;
    public final Participant anne;
    public final Participant arild;
    public final Participant berit;
    public final Attribute background;
    public final Attribute portfolio;
    public final Document a;
    public final Document b;
    public final Code tillit;
    public final Code samarbeid;
    public final Code tid;

    public Offices(Path dir) {
        project = Project.create(dir.resolve("offices.tema"));
        Participants ps = project.participants();
        interviewer = ps.add("Intervjuer", "", true);
        anne = ps.add("Anne", "Kontor A", false);
        arild = ps.add("Arild", "Kontor A", false);
        berit = ps.add("Berit", "Kontor B", false);
        background = ps.defineAttribute("background", AttributeType.TEXT);
        portfolio = ps.defineAttribute("portfolio", AttributeType.INTEGER);
        ps.setValue(anne.id(), background, "Sosialt arbeid");
        ps.setValue(arild.id(), background, "Helse");
        ps.setValue(berit.id(), background, "Sosialt arbeid");
        ps.setValue(anne.id(), portfolio, "14");
        ps.setValue(arild.id(), portfolio, "93");
        ps.setValue(berit.id(), portfolio, "50");
        a = project.documents().add("Kontor A", "kontor-a.txt", "txt", TEXT_A, "Kontor A", null, turns(TEXT_A));
        b = project.documents().add("Kontor B", "kontor-b.txt", "txt", TEXT_B, "Kontor B", null, turns(TEXT_B));
        tillit = project.codeBook().add(null, "1", "Tillit");
        samarbeid = project.codeBook().add(null, "2", "Samarbeid");
        tid = project.codeBook().add(null, "3", "Tid");
        code(a, TEXT_A, tillit, "Vi stoler på hverandre.");
        code(a, TEXT_A, samarbeid, "hverandre. Samarbeidet med Nav går fint.");
        code(a, TEXT_A, samarbeid, "Samarbeid tar tid.");
        code(a, TEXT_A, samarbeid, "Hva tenker dere om samarbeidet?");
        code(a, TEXT_A, tid, "Tid er det vi mangler mest.");
        code(b, TEXT_B, tillit, "Tillit bygger vi over tid.");
        code(b, TEXT_B, tid, "over tid. Det tar tid");
    }

    private List<SpeakerTurn> turns(String text) {
        List<SpeakerTurn> out = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n")) {
            int colon = line.indexOf(": ");
            String speaker = line.substring(0, colon);
            Participant p = project.participants().find(speaker).orElseThrow();
            out.add(new SpeakerTurn(0, 0, at + colon + 2, at + line.length(), speaker, p.id(), null, null));
            at += line.length() + 1;
        }
        return out;
    }

    /** Codes the first occurrence of {@code words}. */
    long code(Document d, String text, Code code, String words) {
        int start = text.indexOf(words);
        return project.coding().apply(d.id(), code.id(), start, start + words.length()).id();
    }

    static int at(String text, String words) {
        return text.indexOf(words);
    }

    @Override
    public void close() {
        project.close();
    }
}
