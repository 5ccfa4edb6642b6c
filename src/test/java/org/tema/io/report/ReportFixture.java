package org.tema.io.report;

import org.tema.report.ReportData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tema.app.Project;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;

/**
 * A small hand-made project of two Norwegian group interviews: four participants and an interviewer,
 * five codes (one a subcode), two categories, passages marked for the report, one omission.
 */
public final class ReportFixture {
    static final String TEXT_A = """
            Intervjuer: Hvordan samarbeider dere med arbeidsgiverne?
            Anne: Vi ringer dem ofte, nesten hver uke. Det handler om å bygge tillit over tid, og det tar lang tid.
            Astrid: Jeg har altfor mange på lista mi. Da blir det lite tid til hver enkelt.
            """;
    static final String TEXT_B = """
            Intervjuer: Hva betyr brukermedvirkning for dere?
            Berit: For meg betyr det at kandidaten bestemmer tempoet. Vi lytter først, og så planlegger vi sammen.
            Bjørn: Tilliten kommer når vi holder det vi lover. Ellers mister vi dem.
            """;

    public final Project project;
    final Code samarbeid;
    final Code tillit;
    final Code arbeidsmengde;
    final Code brukermedvirkning;
    final Code tempo;
    final Segment tillitAnne;
    final Segment tillitUnmarked;

    private ReportFixture(Project p) {
        this.project = p;
        Participant anne = p.participants().add("Anne", "Kontor A", false);
        Participant astrid = p.participants().add("Astrid", "Kontor A", false);
        Participant berit = p.participants().add("Berit", "Kontor B", false);
        Participant bjorn = p.participants().add("Bjørn", "Kontor B", false);
        Participant interviewer = p.participants().add("Intervjuer", "", true);
        Attribute portfolio = p.participants().defineAttribute("Portefølje", AttributeType.INTEGER);
        Attribute background = p.participants().defineAttribute("Bakgrunn", AttributeType.TEXT);
        p.participants().setValue(anne.id(), portfolio, "40");
        p.participants().setValue(astrid.id(), portfolio, "93");
        p.participants().setValue(berit.id(), portfolio, "14");
        p.participants().setValue(bjorn.id(), portfolio, "55");
        p.participants().setValue(anne.id(), background, "helse");
        p.participants().setValue(astrid.id(), background, "sosialfag");
        p.participants().setValue(berit.id(), background, "pedagogikk");
        p.participants().setValue(bjorn.id(), background, "sosialfag");

        Document a = p.documents().add("Intervju Kontor A", "kontor-a.txt", "txt", TEXT_A, "Kontor A",
                LocalDate.of(2025, 3, 4), turns(TEXT_A, List.of(interviewer, anne, astrid)));
        Document b = p.documents().add("Intervju Kontor B", "kontor-b.txt", "txt", TEXT_B, "Kontor B",
                LocalDate.of(2025, 3, 11), turns(TEXT_B, List.of(interviewer, berit, bjorn)));

        samarbeid = p.codeBook().add(null, "1", "Samarbeid", "#3CB44B", new CodeDefinition(
                "Kontakt med arbeidsgivere og andre instanser.", "Når informanten beskriver samarbeid i praksis.",
                "Ikke for samarbeid med kandidaten.", ""));
        tillit = p.codeBook().add(null, "2", "Tillit", "#4363D8", new CodeDefinition(
                "Tillit mellom veileder, kandidat og arbeidsgiver.", "", "", ""));
        arbeidsmengde = p.codeBook().add(null, "3", "Arbeidsmengde", "#F58231", CodeDefinition.EMPTY);
        brukermedvirkning = p.codeBook().add(null, "4", "Brukermedvirkning", "#911EB4", CodeDefinition.EMPTY);
        tempo = p.codeBook().add(brukermedvirkning.id(), "4.1", "Tempo", "#E6194B", CodeDefinition.EMPTY);
        p.codeBook().setSummary(tillit.id(), "Tillit bygges sakte og brytes fort.");

        var relasjoner = p.categories().create("Relasjoner", "Hvordan veilederne bygger relasjoner.");
        p.categories().addCode(relasjoner.id(), tillit.id(), 0);
        p.categories().addCode(relasjoner.id(), samarbeid.id(), 1);
        var rammer = p.categories().create("Rammer", "");
        p.categories().addCode(rammer.id(), arbeidsmengde.id(), 0);

        mark(code(a, TEXT_A, samarbeid, "Vi ringer dem ofte, nesten hver uke. Det handler om å bygge tillit over tid, og det tar lang tid."));
        tillitAnne = mark(code(a, TEXT_A, tillit, "Det handler om å bygge tillit over tid, og det tar lang tid."));
        int omitted = TEXT_A.indexOf("og det tar lang tid");
        p.omissions().add(tillitAnne.id(), omitted, omitted + "og det tar lang tid".length());
        mark(code(a, TEXT_A, arbeidsmengde, "Jeg har altfor mange på lista mi. Da blir det lite tid til hver enkelt."));
        mark(code(b, TEXT_B, brukermedvirkning, "For meg betyr det at kandidaten bestemmer tempoet."));
        code(b, TEXT_B, tempo, "kandidaten bestemmer tempoet");
        mark(code(b, TEXT_B, tillit, "Tilliten kommer når vi holder det vi lover."));
        code(b, TEXT_B, samarbeid, "Tilliten kommer når vi holder det vi lover. Ellers mister vi dem.");
        tillitUnmarked = code(b, TEXT_B, tillit, "Ellers mister vi dem.");
    }

    public static ReportFixture create(Path dir) {
        return new ReportFixture(Project.create(dir.resolve("rapport.tema")));
    }

    ReportData data() {
        return project.reporting().data();
    }

    private Segment code(Document d, String text, Code code, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalStateException("Not in the text: " + words);
        }
        return project.coding().apply(d.id(), code.id(), start, start + words.length());
    }

    private Segment mark(Segment s) {
        project.coding().setInReport(s.id(), true);
        return project.coding().get(s.id());
    }

    /** One turn per line «Name: words», matched to the participants in order. */
    private static List<SpeakerTurn> turns(String text, List<Participant> speakers) {
        List<SpeakerTurn> out = new ArrayList<>();
        int lineStart = 0;
        for (Participant who : speakers) {
            int colon = text.indexOf(": ", lineStart);
            int end = text.indexOf('\n', colon);
            out.add(new SpeakerTurn(0, 0, colon + 2, end, text.substring(lineStart, colon), who.id(), null, null));
            lineStart = end + 1;
        }
        return out;
    }
}
