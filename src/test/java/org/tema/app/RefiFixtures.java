package org.tema.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.Segment;

/** A small project of our own writing with everything REFI-QDA can carry, emoji and combining marks included. */
public final class RefiFixtures {
    public static final String TEXT = "Intervjuer: Hvordan var det å begynne her?\n"
            + "Kari: Det var 😀 fint, men ny\u0301e rutiner tok tid.\n"
            + "Ola: Vi stolte på lederen 👍🏽 fra første dag.\n";

    private RefiFixtures() {
    }

    public static Project richProject(Path path) {
        Project p = Project.create(path);
        Document d = p.documents().add("Kontor A", "kontor-a.txt", "txt", TEXT, "Kontor A", LocalDate.of(2026, 3, 14), List.of());
        Document d2 = p.documents().add("Kontor B", "kontor-b.txt", "txt", "Anne: Kort svar.\n", "", null, List.of());
        p.documents().setMemo(d.id(), "Første intervju; godt samarbeid.");
        Code trust = p.codeBook().add(null, "2", "Tillit", "#3CB44B",
                new CodeDefinition("Tillit til ledelsen", "Når noen uttrykker tiltro", "Ikke om kolleger", "«Vi stolte på lederen»"));
        Code leader = p.codeBook().add(trust.id(), "2.1", "Leder", "#4363D8", CodeDefinition.EMPTY);
        Code routines = p.codeBook().add(null, "", "Rutiner", "#F58231", new CodeDefinition("Arbeidsrutiner", "", "", ""));
        p.codeBook().setMemo(trust.id(), "Sentral kode.");
        p.codeBook().setSummary(trust.id(), "Tillit bygges tidlig.");
        int emojiStart = TEXT.indexOf("😀");
        Segment s1 = p.coding().apply(d.id(), trust.id(), TEXT.indexOf("Vi stolte"), TEXT.indexOf(" fra første"));
        p.coding().apply(d.id(), leader.id(), TEXT.indexOf("lederen"), TEXT.indexOf("lederen") + 7);
        Segment s3 = p.coding().apply(d.id(), routines.id(), emojiStart, TEXT.indexOf(" tok tid"));
        p.coding().apply(d2.id(), routines.id(), 6, 16);
        p.coding().setMemo(s3.id(), "Blandet følelse 😀");
        var cat = p.categories().create("Arbeidsmiljø", "Hvordan de har det på jobb");
        p.categories().addCode(cat.id(), trust.id(), 0);
        p.categories().addCode(cat.id(), routines.id(), 1);
        p.categories().setMemo(cat.id(), "Mulig hovedtema.");
        p.categories().create("Tom kategori", "");
        Participant kari = p.participants().add("Kari", "Kontor A", false);
        Participant ola = p.participants().add("Ola", "Kontor A", false);
        p.participants().add("Intervjuer", "", true);
        p.participants().update(new Participant(kari.id(), kari.guid(), "Kari", "Kontor A", false, "Snakker mye."));
        Attribute years = p.participants().defineAttribute("År i jobben", AttributeType.INTEGER);
        Attribute role = p.participants().defineAttribute("Rolle", AttributeType.TEXT);
        Attribute started = p.participants().defineAttribute("Startet", AttributeType.DATE);
        Attribute share = p.participants().defineAttribute("Stilling", AttributeType.DECIMAL);
        Attribute lead = p.participants().defineAttribute("Leder", AttributeType.BOOLEAN);
        p.participants().setValue(kari.id(), years, "12");
        p.participants().setValue(kari.id(), role, "Rådgiver");
        p.participants().setValue(ola.id(), started, "2020-08-01");
        p.participants().setValue(ola.id(), share, "0,8");
        p.participants().setValue(ola.id(), lead, "ja");
        p.journal().add(LocalDate.of(2026, 3, 15), "Leste gjennom Kontor A.");
        p.coding().setMemo(s1.id(), "");
        return p;
    }
}
