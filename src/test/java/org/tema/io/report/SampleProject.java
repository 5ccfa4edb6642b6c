package org.tema.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tema.app.Project;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;

/**
 * Test helper: a project made from the plain-text transcripts of {@code sample-data/} with the guide's
 * questions as codes and the analyst's codes, categories and quotes of {@code analysis.json}. Until
 * {@code tema demo} is on main, this stands in for the sample project when looking at the reports.
 */
final class SampleProject {
    private static final Path DATA = Path.of("sample-data");
    private static final Pattern QUESTION = Pattern.compile("(?m)^(\\d+)\\. (.+)$");

    private SampleProject() {
    }

    static Project build(Path file) throws IOException {
        Project p = Project.create(file);
        p.inTransaction(() -> fill(p));
        return p;
    }

    private static void fill(Project p) {
        try {
            Map<String, Participant> people = participants(p);
            Map<String, Document> docs = new HashMap<>();
            for (String name : List.of("kontor-a.txt", "kontor-c.txt")) {
                docs.put(name, transcript(p, name, people));
            }
            Map<String, Code> codes = new HashMap<>();
            Matcher q = QUESTION.matcher(Files.readString(DATA.resolve("intervjuguide.md")));
            while (q.find()) {
                codes.put(q.group(1), p.codeBook().add(null, q.group(1), shorten(q.group(2))));
            }
            JsonNode analysis = new ObjectMapper().readTree(DATA.resolve("analysis.json").toFile());
            for (JsonNode c : analysis.get("codes")) {
                Code code = p.codeBook().add(null, "", c.get("name").asText(), c.get("colour").asText(), new CodeDefinition(
                        c.get("description").asText(), c.get("whenToUse").asText(), c.get("whenNotToUse").asText(), ""));
                p.codeBook().setSummary(code.id(), c.get("summary").asText());
                codes.put(code.name(), code);
            }
            for (JsonNode c : analysis.get("categories")) {
                var category = p.categories().create(c.get("name").asText(), c.get("description").asText());
                int i = 0;
                for (JsonNode code : c.get("codes")) {
                    p.categories().addCode(category.id(), codes.get(code.asText()).id(), i++);
                }
            }
            for (JsonNode c : analysis.get("codings")) {
                Document d = docs.get(c.get("document").asText());
                if (d == null) {
                    continue;
                }
                String text = p.documents().text(d.id());
                int start = text.indexOf(c.get("quote").asText());
                for (JsonNode code : c.get("codes")) {
                    var s = p.coding().apply(d.id(), codes.get(code.asText()).id(), start, start + c.get("quote").asText().length());
                    p.coding().setInReport(s.id(), true);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shorten(String question) {
        String s = question.replaceAll("\\?$", "");
        return s.length() <= 60 ? s : s.substring(0, s.lastIndexOf(' ', 57)) + " …";
    }

    private static Map<String, Participant> participants(Project p) throws IOException {
        List<String> lines = Files.readAllLines(DATA.resolve("participants.csv"));
        String[] header = lines.get(0).split(",");
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 2; i < header.length; i++) {
            attributes.add(p.participants().defineAttribute(header[i], header[i].matches("portfolio_size|candidates_with_mentor")
                    ? AttributeType.INTEGER : header[i].equals("started") ? AttributeType.DATE : AttributeType.TEXT));
        }
        Map<String, Participant> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].replaceAll("^\"|\"$", "");
            }
            Participant person = p.participants().add(f[0], f[1], false);
            for (int i = 2; i < f.length; i++) {
                p.participants().setValue(person.id(), attributes.get(i - 2), f[i]);
            }
            out.put(f[0], person);
        }
        out.put("Intervjuer", p.participants().add("Intervjuer", "", true));
        return out;
    }

    private static Document transcript(Project p, String name, Map<String, Participant> people) throws IOException {
        String text = Files.readString(DATA.resolve(name)).replace("\r\n", "\n");
        List<SpeakerTurn> turns = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^([\\p{L}]+): (.+)$").matcher(text);
        while (m.find()) {
            Participant who = people.get(m.group(1));
            turns.add(new SpeakerTurn(0, 0, m.start(2), m.end(2), m.group(1), who == null ? null : who.id(), null, null));
        }
        String group = name.equals("kontor-a.txt") ? "Kontor A" : "Kontor C";
        return p.documents().add("Gruppeintervju, " + group, name, "txt", text, group, null, turns);
    }
}
