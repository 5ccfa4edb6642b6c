package org.tema.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tema.app.Project;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/**
 * Builds a project from {@code sample-data/} for GUI tests, benchmarks and screenshots: the two
 * plain-text group interviews, the guide's questions as codes under its themes, and the analyst's
 * codes, quotes, categories, memos and journal from {@code analysis.json}. (The program's own
 * {@code tema demo} does this in full; this fixture keeps the GUI's tests independent of it.)
 */
public final class SampleFixture {
    private static final Pattern TURN = Pattern.compile("^([\\p{L} ]{2,30}): ", Pattern.MULTILINE);
    private static final Pattern QUESTION = Pattern.compile("^(\\d+)\\. (.+)$");

    private SampleFixture() {
    }

    public static Path build(Path file, Path sampleData) throws IOException {
        try (Project p = Project.create(file)) {
            Map<String, Participant> people = new HashMap<>();
            for (String line : Files.readAllLines(sampleData.resolve("participants.csv")).subList(1, 13)) {
                String[] f = line.split(",");
                people.put(f[0], p.participants().add(f[0], f[1], false));
            }
            people.put("Intervjuer", p.participants().add("Intervjuer", "", true));
            Map<String, Document> docs = new HashMap<>();
            for (String name : List.of("kontor-a.txt", "kontor-c.txt")) {
                String text = Files.readString(sampleData.resolve(name)).replace("\r\n", "\n");
                String title = text.substring(0, text.indexOf('\n')).strip();
                docs.put(name, p.documents().add(title, name, "txt", text, title.replace("Gruppeintervju, ", ""),
                        LocalDate.of(2026, 2, 10), turns(text, people)));
            }
            Map<String, Code> codes = guideCodes(p, Files.readAllLines(sampleData.resolve("intervjuguide.md")));
            JsonNode analysis = new ObjectMapper().readTree(sampleData.resolve("analysis.json").toFile());
            for (JsonNode c : analysis.get("codes")) {
                Code code = p.codeBook().add(null, "", c.get("name").asText(), c.get("colour").asText(),
                        new CodeDefinition(c.get("description").asText(), c.get("whenToUse").asText(),
                                c.get("whenNotToUse").asText(), c.get("example").asText()));
                p.codeBook().setMemo(code.id(), c.get("memo").asText());
                p.codeBook().setSummary(code.id(), c.get("summary").asText());
                codes.put(code.name(), code);
            }
            for (JsonNode c : analysis.get("codings")) {
                Document d = docs.get(c.get("document").asText());
                if (d == null) {
                    continue;
                }
                String quote = c.get("quote").asText();
                int at = p.documents().text(d.id()).indexOf(quote);
                for (JsonNode code : c.get("codes")) {
                    p.coding().apply(d.id(), codes.get(code.asText()).id(), at, at + quote.length());
                }
            }
            for (JsonNode c : analysis.get("categories")) {
                long id = p.categories().create(c.get("name").asText(), c.get("description").asText()).id();
                int i = 0;
                for (JsonNode code : c.get("codes")) {
                    p.categories().addCode(id, codes.get(code.asText()).id(), i++);
                }
            }
            for (JsonNode m : analysis.get("documentMemos")) {
                Document d = docs.get(m.get("document").asText());
                if (d != null) {
                    p.documents().setMemo(d.id(), m.get("memo").asText());
                }
            }
            for (JsonNode j : analysis.get("journal")) {
                p.journal().add(LocalDate.parse(j.get("date").asText()), j.get("text").asText());
            }
            p.candidateThemes().add("Måltallet styrer mer enn faget", "Kontor A og C: «det teller»");
        }
        return file;
    }

    private static List<SpeakerTurn> turns(String text, Map<String, Participant> people) {
        List<SpeakerTurn> out = new ArrayList<>();
        Matcher m = TURN.matcher(text);
        while (m.find()) {
            Participant who = people.get(m.group(1));
            if (who == null) {
                continue;
            }
            int end = text.indexOf('\n', m.end());
            out.add(new SpeakerTurn(0, 0, m.end(), end < 0 ? text.length() : end, m.group(1), who.id(), null, null));
        }
        return out;
    }

    private static Map<String, Code> guideCodes(Project p, List<String> guide) {
        Map<String, Code> codes = new HashMap<>();
        Long theme = null;
        for (String line : guide) {
            Matcher q = QUESTION.matcher(line);
            if (line.startsWith("## ")) {
                theme = p.codeBook().add(null, "", line.substring(3).strip()).id();
            } else if (q.matches()) {
                codes.put(q.group(1), p.codeBook().add(theme, q.group(1), shorten(q.group(2))));
            }
        }
        return codes;
    }

    private static String shorten(String question) {
        String s = question.replaceAll("[?.]$", "");
        if (s.length() <= 30) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 30);
        return s.substring(0, cut) + " …";
    }
}
