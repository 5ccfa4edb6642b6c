package org.tema.io.refi;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Coder;
import org.tema.model.Document;
import org.tema.model.JournalEntry;
import org.tema.model.Offsets;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;
import org.tema.store.CoderRepository;
import org.tema.store.DocumentRepository;
import org.tema.store.JournalRepository;
import org.tema.store.ParticipantRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SegmentRepository;
import org.tema.store.SpeakerTurnRepository;

/**
 * A Tema project in REFI-QDA form: coders as users, the code book, participants as cases with their
 * attributes as variables, transcripts as text sources (positions in code points), coded passages as
 * selections with codings, memos, summaries and journal entries as notes, categories as sets.
 */
public final class TemaToQda {
    /** The project and the plain text of each source, by the source's GUID. */
    public record Export(QdaProject project, Map<String, String> texts) {
    }

    private final ProjectFile file;
    private final List<QdaProject.Note> notes = new ArrayList<>();

    private TemaToQda(ProjectFile file) {
        this.file = file;
    }

    public static Export read(ProjectFile file, String projectName) {
        return new TemaToQda(file).build(projectName);
    }

    private Export build(String projectName) {
        CodeRepository codeRepo = new CodeRepository(file);
        List<Code> codes = codeRepo.list();
        Map<Long, String> codeGuid = new HashMap<>();
        codes.forEach(c -> codeGuid.put(c.id(), c.guid()));
        for (Code c : codes) {
            note(TemaConventions.codeMemoNote(c.guid()), "Memo of code «" + c.label() + "»", c.memo());
            note(TemaConventions.codeSummaryNote(c.guid()), "Summary of code «" + c.label() + "»", c.summary());
        }
        List<Coder> coders = new CoderRepository(file).list();
        Map<Long, String> coderGuid = new HashMap<>();
        coders.forEach(c -> coderGuid.put(c.id(), c.guid()));
        QdaCodebook book = TemaCodebook.of(codeRepo, new CategoryRepository(file), true);
        new CategoryRepository(file).list().forEach(cat ->
                note(TemaConventions.categoryMemoNote(cat.guid()), "Memo of category «" + cat.name() + "»", cat.memo()));

        DocumentRepository docs = new DocumentRepository(file);
        Map<String, String> texts = new LinkedHashMap<>();
        List<QdaProject.TextSource> sources = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        boolean anyDate = false;
        SegmentRepository segments = new SegmentRepository(file);
        Map<Long, String> docGuid = new HashMap<>();
        for (Document d : docs.list()) {
            docGuid.put(d.id(), d.guid());
            String text = docs.text(d.id());
            texts.put(d.guid(), text);
            List<QdaProject.Selection> selections = new ArrayList<>();
            for (Segment s : segments.ofDocument(d.id())) {
                selections.add(selection(s, text, codeGuid.get(s.codeId()), coderGuid.get(s.coderId()), d.name()));
            }
            List<QdaProject.Value> values = new ArrayList<>();
            if (d.interviewDate() != null) {
                anyDate = true;
                values.add(new QdaProject.Value(TemaConventions.INTERVIEW_DATE_VARIABLE, d.interviewDate().toString()));
            }
            List<String> memo = note(TemaConventions.documentMemoNote(d.guid()), "Memo of «" + d.name() + "»", d.memo());
            sources.add(new QdaProject.TextSource(d.guid(), d.name(), "", "internal://" + d.guid() + ".txt", null,
                    selections, memo, values));
            if (!d.group().isBlank()) {
                groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d.guid());
            }
        }
        List<QdaSet> sets = new ArrayList<>(book.sets());
        groups.forEach((g, members) -> sets.add(new QdaSet(TemaConventions.documentGroupSet(g), g,
                "Documents of the group «" + g + "»", List.of(), members, List.of())));

        ParticipantRepository people = new ParticipantRepository(file);
        List<QdaProject.Variable> variables = new ArrayList<>();
        List<Participant> participants = people.list();
        if (!participants.isEmpty()) {
            variables.add(new QdaProject.Variable(TemaConventions.GROUP_VARIABLE, "Group", "Text", "The participant's group or office"));
            variables.add(new QdaProject.Variable(TemaConventions.INTERVIEWER_VARIABLE, "Interviewer", "Boolean",
                    "Whether the participant is an interviewer"));
        }
        Map<Long, Attribute> attributes = new HashMap<>();
        for (Attribute a : people.attributes()) {
            attributes.put(a.id(), a);
            variables.add(new QdaProject.Variable(a.guid(), a.name(), refiType(a.type()), ""));
        }
        if (anyDate) {
            variables.add(new QdaProject.Variable(TemaConventions.INTERVIEW_DATE_VARIABLE, "Interview date", "Date", ""));
        }
        Map<Long, Set<String>> spokenIn = new HashMap<>();
        for (SpeakerTurn t : new SpeakerTurnRepository(file).list()) {
            if (t.participantId() != null) {
                spokenIn.computeIfAbsent(t.participantId(), k -> new LinkedHashSet<>()).add(docGuid.get(t.documentId()));
            }
        }
        List<QdaProject.Case> cases = new ArrayList<>();
        for (Participant p : participants) {
            List<QdaProject.Value> values = new ArrayList<>();
            if (!p.group().isEmpty()) {
                values.add(new QdaProject.Value(TemaConventions.GROUP_VARIABLE, p.group()));
            }
            values.add(new QdaProject.Value(TemaConventions.INTERVIEWER_VARIABLE, Boolean.toString(p.interviewer())));
            people.valuesOf(p.id()).forEach(v -> values.add(new QdaProject.Value(attributes.get(v.attributeId()).guid(), v.value())));
            cases.add(new QdaProject.Case(p.guid(), p.pseudonym(), p.memo(), values,
                    List.copyOf(spokenIn.getOrDefault(p.id(), Set.of()))));
        }
        List<String> journal = new ArrayList<>();
        for (JournalEntry e : new JournalRepository(file).list()) {
            notes.add(new QdaProject.Note(e.guid(), "Journal " + e.date(), null, e.text(),
                    e.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
            journal.add(e.guid());
        }
        List<QdaProject.User> users = coders.stream().map(c -> new QdaProject.User(c.guid(), c.name())).toList();
        QdaProject project = new QdaProject(projectName, TemaConventions.ORIGIN, null, users, book.codes(), variables,
                cases, sources, List.of(), notes, sets, journal);
        return new Export(project, texts);
    }

    private QdaProject.Selection selection(Segment s, String text, String codeGuid, String coderGuid, String docName) {
        List<String> memo = note(TemaConventions.passageMemoNote(s.guid()), "Memo of a passage in «" + docName + "»", s.memo());
        QdaProject.Coding coding = new QdaProject.Coding(s.guid(), codeGuid, coderGuid, s.created(), List.of());
        return new QdaProject.Selection(TemaConventions.selection(s.guid()), "", Offsets.toCodePoints(text, s.start()),
                Offsets.toCodePoints(text, s.end()), "", List.of(coding), memo, coderGuid, s.created());
    }

    /** Adds a note when the text is not blank; returns the reference to it (or none). */
    private List<String> note(String guid, String name, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        notes.add(new QdaProject.Note(guid, name, null, text, null));
        return List.of(guid);
    }

    static String refiType(AttributeType t) {
        return switch (t) {
            case TEXT -> "Text";
            case INTEGER -> "Integer";
            case DECIMAL -> "Float";
            case BOOLEAN -> "Boolean";
            case DATE -> "Date";
        };
    }
}
