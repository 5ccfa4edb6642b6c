package org.tema.ui.analyse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tema.app.Project;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Code;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;

/**
 * A small project of three group interviews, one per office, written for the filter tests. Each
 * transcript has an interviewer's question and one participant's answer: Anne (Kontor A, Sosialt
 * arbeid, portfolio 14), Berit (Kontor B, Helse, 50) and Camilla (Kontor C, Pedagogikk, 93). Every
 * answer is coded «1 Tillit» by the project's coder; Berit's is coded «2 Tid» too, by the coder «Kari».
 */
final class ThreeOffices {
    static final String ANNE = "Vi stoler på hverandre på kontoret.";
    static final String BERIT = "Tillit tar tid å bygge.";
    static final String CAMILLA = "Jeg kjenner ungdommene godt.";

    final Project project;
    final Code tillit;
    final Code tid;
    final List<Document> documents = new ArrayList<>();

    ThreeOffices(Path dir) {
        project = Project.create(dir.resolve("tre-kontor.tema"));
        Participant interviewer = project.participants().add("Intervjuer", "", true);
        Attribute background = project.participants().defineAttribute("Bakgrunn", AttributeType.TEXT);
        Attribute portfolio = project.participants().defineAttribute("Portefølje", AttributeType.INTEGER);
        tillit = project.codeBook().add(null, "1", "Tillit");
        tid = project.codeBook().add(null, "2", "Tid");
        office("A", "Anne", ANNE, interviewer, background, "Sosialt arbeid", portfolio, "14");
        office("B", "Berit", BERIT, interviewer, background, "Helse", portfolio, "50");
        office("C", "Camilla", CAMILLA, interviewer, background, "Pedagogikk", portfolio, "93");
        Document b = documents.get(1);
        int start = textOf("Berit", BERIT).indexOf(BERIT);
        long kari = project.stores().coders().obtain("Kari").id();
        project.stores().segments().insert(new Segment(0, "kari-1", b.id(), tid.id(), start, start + BERIT.length(), kari,
                Instant.now(), "", false));
    }

    private void office(String letter, String name, String answer, Participant interviewer, Attribute background,
                        String backgroundValue, Attribute portfolio, String portfolioValue) {
        String group = "Kontor " + letter;
        Participant who = project.participants().add(name, group, false);
        project.participants().setValue(who.id(), background, backgroundValue);
        project.participants().setValue(who.id(), portfolio, portfolioValue);
        String text = textOf(name, answer);
        String question = "Intervjuer: Hvordan jobber dere?";
        List<SpeakerTurn> turns = List.of(
                new SpeakerTurn(0, 0, "Intervjuer: ".length(), question.length(), "Intervjuer", interviewer.id(), null, null),
                new SpeakerTurn(0, 0, text.indexOf(answer), text.length(), name, who.id(), null, null));
        Document d = project.documents().add(group, "kontor-" + letter.toLowerCase() + ".txt", "txt", text, group, null, turns);
        documents.add(d);
        int start = text.indexOf(answer);
        project.coding().apply(d.id(), tillit.id(), start, start + answer.length());
    }

    private static String textOf(String name, String answer) {
        return "Intervjuer: Hvordan jobber dere?\n" + name + ": " + answer;
    }
}
