package org.tema.io.refi;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Coder;
import org.tema.model.Colours;
import org.tema.model.JournalEntry;
import org.tema.model.Participant;
import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;
import org.tema.store.CoderRepository;
import org.tema.store.DocumentRepository;
import org.tema.store.JournalRepository;
import org.tema.store.ParticipantRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SegmentRepository;

/**
 * Fills an empty project from a REFI-QDA project: users as coders, the code book, cases as
 * participants with variables as attributes, text sources with their codings, notes as memos,
 * summaries and journal entries, sets as categories and document groups. The caller runs it in one
 * transaction; what cannot come in is named in the report.
 */
public final class QdaToTema {
    private final ProjectFile file;
    private final QdaProject p;
    private final SourceFiles files;
    private final ExchangeReport report;
    private final boolean fromTema;
    private final Map<String, Long> codeIds = new HashMap<>();
    private final Map<String, Long> coderIds = new HashMap<>();
    private final UniqueGuids codeGuids = new UniqueGuids();
    private NoteTexts notes;
    private Long fallbackCoder;

    private QdaToTema(ProjectFile file, QdaProject project, SourceFiles files, ExchangeReport report) {
        this.file = file;
        this.p = project;
        this.files = files;
        this.report = report;
        this.fromTema = TemaConventions.fromTema(project.origin());
    }

    public static void fill(ProjectFile file, QdaProject project, SourceFiles files, ExchangeReport report) throws IOException {
        new QdaToTema(file, project, files, report).fill();
    }

    private void fill() throws IOException {
        notes = new NoteTexts(p.notes(), files, report);
        importCoders();
        CodeRepository codes = new CodeRepository(file);
        int[] position = {0};
        for (QdaCode c : p.codes()) {
            importCode(codes, c, null, position[0]++);
        }
        Map<String, String> groups = documentGroups();
        Map<String, String> variableTypes = new HashMap<>();
        p.variables().forEach(v -> variableTypes.put(v.guid(), v.type()));
        SourceImporter sources = new SourceImporter(new DocumentRepository(file), new SegmentRepository(file), files,
                notes, report, Instant.now());
        for (QdaProject.TextSource s : p.textSources()) {
            sources.importSource(s, codeIds, this::coderOf, groups.getOrDefault(s.guid(), ""), this::interviewDate);
        }
        p.otherSources().forEach(o -> report.skipped(o.kind() + " «" + o.name() + "»: Tema imports text sources only"));
        importParticipants();
        importCategories();
        importJournal();
        int repeated = codeGuids.repeats() + sources.repeatedGuids();
        if (repeated > 0) {
            report.remark(repeated + " repeated GUID(s) in the file were given new ones");
        }
    }

    private void importCoders() {
        CoderRepository coders = new CoderRepository(file);
        UniqueNames names = new UniqueNames();
        UniqueGuids guids = new UniqueGuids();
        for (QdaProject.User u : p.users()) {
            if (coderIds.containsKey(u.guid())) {
                continue;
            }
            String name = names.take(u.name(), "User " + u.guid().substring(0, 8));
            coderIds.put(u.guid(), coders.insert(new Coder(0, guids.take(u.guid()), name)));
        }
        report.add("coders", coderIds.size());
    }

    /** The coder of a coding: its user, else the project's creator, else one coder named after the program. */
    private long coderOf(String userGuid) {
        Long id = userGuid == null ? null : coderIds.get(userGuid);
        if (id == null && p.creatingUser() != null) {
            id = coderIds.get(p.creatingUser());
        }
        if (id != null) {
            return id;
        }
        if (fallbackCoder == null) {
            String origin = p.origin() == null || p.origin().isBlank() ? "another program" : p.origin();
            fallbackCoder = new CoderRepository(file).obtain("Imported from " + origin).id();
        }
        return fallbackCoder;
    }

    private void importCode(CodeRepository codes, QdaCode c, Long parentId, int position) {
        String guid = codeGuids.take(c.guid());
        String[] numberName = TemaConventions.splitCodeName(c.name().isBlank() ? "(unnamed code)" : c.name().strip(), fromTema);
        String colour = TemaConventions.colour(c.colour());
        String summary = "";
        List<String> memoRefs = new ArrayList<>();
        for (String ref : c.noteRefs()) {
            boolean isSummary = ref.equals(TemaConventions.codeSummaryNote(c.guid()))
                    || notes.note(ref).map(n -> n.name().startsWith("Summary")).orElse(false);
            if (isSummary) {
                summary = notes.text(ref);
            } else {
                memoRefs.add(ref);
            }
        }
        Code code = new Code(0, guid, parentId, numberName[0], numberName[1],
                colour != null ? colour : Colours.forIndex(codeIds.size()), TemaConventions.definition(c.description()),
                notes.memo(memoRefs), summary, position);
        long id = codes.insert(code);
        codeIds.putIfAbsent(c.guid(), id);
        report.add("codes", 1);
        for (int i = 0; i < c.children().size(); i++) {
            importCode(codes, c.children().get(i), id, i);
        }
    }

    /** Sets of sources (and no codes) are document groups: the source's group is the first such set's name. */
    private Map<String, String> documentGroups() {
        Map<String, String> groups = new HashMap<>();
        for (QdaSet s : p.sets()) {
            s.memberSources().forEach(g -> groups.putIfAbsent(g, s.name().strip()));
        }
        return groups;
    }

    private LocalDate interviewDate(QdaProject.TextSource s) {
        for (QdaProject.Value v : s.values()) {
            if (v.variableGuid().equals(TemaConventions.INTERVIEW_DATE_VARIABLE)) {
                try {
                    return LocalDate.parse(v.value());
                } catch (java.time.format.DateTimeParseException e) {
                    report.skipped("the interview date «" + v.value() + "» of «" + s.name() + "»: not a date");
                }
            }
        }
        return null;
    }

    private void importParticipants() {
        ParticipantRepository people = new ParticipantRepository(file);
        Map<String, Attribute> attributes = new HashMap<>();
        UniqueNames attributeNames = new UniqueNames();
        for (QdaProject.Variable v : p.variables()) {
            if (v.guid().equals(TemaConventions.GROUP_VARIABLE) || v.guid().equals(TemaConventions.INTERVIEWER_VARIABLE)
                    || v.guid().equals(TemaConventions.INTERVIEW_DATE_VARIABLE) || attributes.containsKey(v.guid())) {
                continue;
            }
            Attribute draft = new Attribute(0, v.guid(), attributeNames.take(v.name(), "Variable"), temaType(v.type()));
            attributes.put(v.guid(), new Attribute(people.insertAttribute(draft), draft.guid(), draft.name(), draft.type()));
        }
        report.add("attributes", attributes.size());
        UniqueNames pseudonyms = new UniqueNames();
        UniqueGuids guids = new UniqueGuids();
        int links = 0;
        for (QdaProject.Case c : p.cases()) {
            String group = "";
            boolean interviewer = false;
            for (QdaProject.Value v : c.values()) {
                if (v.variableGuid().equals(TemaConventions.GROUP_VARIABLE)) {
                    group = v.value();
                } else if (v.variableGuid().equals(TemaConventions.INTERVIEWER_VARIABLE)) {
                    interviewer = AttributeType.BOOLEAN.accepts(v.value()) && Boolean.parseBoolean(AttributeType.BOOLEAN.canonical(v.value()));
                }
            }
            String pseudonym = pseudonyms.take(c.name(), "Case " + (report.count("participants") + 1));
            long id = people.insert(new Participant(0, guids.take(c.guid()), pseudonym, group, interviewer, c.description()));
            report.add("participants", 1);
            for (QdaProject.Value v : c.values()) {
                Attribute a = attributes.get(v.variableGuid());
                if (a == null) {
                    continue;
                }
                if (a.type().accepts(v.value())) {
                    people.setValue(id, a.id(), a.type().canonical(v.value()));
                } else {
                    report.skipped("the value «" + v.value() + "» of «" + a.name() + "» for «" + pseudonym + "»: not a "
                            + a.type().name().toLowerCase(java.util.Locale.ROOT) + " value");
                }
            }
            links += c.sourceRefs().size();
        }
        if (links > 0) {
            report.remark(links + " link(s) between cases and sources were not kept: Tema links participants to "
                    + "transcripts through speaker turns");
        }
    }

    private void importCategories() {
        CategoryRepository categories = new CategoryRepository(file);
        UniqueNames names = new UniqueNames();
        UniqueGuids guids = new UniqueGuids();
        java.util.Set<Long> placed = new java.util.HashSet<>();
        int position = 0;
        for (QdaSet s : p.sets()) {
            if (s.memberCodes().isEmpty() && !s.memberSources().isEmpty()) {
                continue;
            }
            List<Long> codes = new ArrayList<>();
            for (String g : s.memberCodes()) {
                Long id = codeIds.get(g);
                if (id != null && placed.add(id)) {
                    codes.add(id);
                } else if (id != null) {
                    report.remark("a code in the set «" + s.name() + "» is already in another set; Tema keeps it in the first");
                }
            }
            categories.insert(new Category(0, guids.take(s.guid()), names.take(s.name(), "Set"), s.description(),
                    notes.memo(s.memberNotes()), position++, codes));
            report.add("categories", 1);
        }
    }

    /** Notes of the project, and notes nothing referred to, become journal entries. */
    private void importJournal() {
        JournalRepository journal = new JournalRepository(file);
        UniqueGuids guids = new UniqueGuids();
        List<QdaProject.Note> entries = new ArrayList<>();
        p.noteRefs().forEach(ref -> notes.note(ref).ifPresent(entries::add));
        List<QdaProject.Note> unused = notes.unused().stream().filter(n -> !entries.contains(n)).toList();
        if (!unused.isEmpty()) {
            report.remark(unused.size() + " note(s) attached to nothing Tema imports were kept as journal entries");
        }
        entries.addAll(unused);
        for (QdaProject.Note n : entries) {
            LocalDate date = n.created() == null ? LocalDate.now() : n.created().atZone(ZoneOffset.UTC).toLocalDate();
            journal.insert(new JournalEntry(0, guids.take(n.guid()), date, notes.text(n.guid())));
            report.add("journal entries", 1);
        }
    }

    private static AttributeType temaType(String refi) {
        return switch (Optional.ofNullable(refi).orElse("Text")) {
            case "Integer" -> AttributeType.INTEGER;
            case "Float" -> AttributeType.DECIMAL;
            case "Boolean" -> AttributeType.BOOLEAN;
            case "Date" -> AttributeType.DATE;
            default -> AttributeType.TEXT;
        };
    }
}
