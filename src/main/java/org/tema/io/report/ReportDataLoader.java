package org.tema.io.report;

import org.tema.report.Quote;
import org.tema.report.ReportData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tema.model.Code;
import org.tema.model.CodedPassage;
import org.tema.model.Document;
import org.tema.model.Omission;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;
import org.tema.store.DocumentRepository;
import org.tema.store.OmissionRepository;
import org.tema.store.ParticipantRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SegmentRepository;
import org.tema.store.SpeakerTurnRepository;

/**
 * Reads what the reports need from a project file, in a handful of queries. Who said a passage and its
 * group come with the passages, as the analysis attributes them ({@code SpeakerAttribution}); the
 * matrices and facts come with the analysis results: the loader computes neither again.
 */
public final class ReportDataLoader {
    private ReportDataLoader() {
    }

    /**
     * The report data of a project: {@code passages} are all its coded passages, each attributed to
     * its turn, participant and group; {@code analysis} the results the reports show.
     */
    public static ReportData load(ProjectFile file, List<CodedPassage> passages, ReportData.Analysis analysis) {
        List<Code> codes = treeOrder(new CodeRepository(file).list());
        ParticipantRepository participantStore = new ParticipantRepository(file);
        List<Participant> participants = participantStore.list();
        Map<Long, Participant> participantById = participants.stream().collect(Collectors.toMap(Participant::id, p -> p));
        Map<Long, List<Omission>> omissions = new OmissionRepository(file).list().stream()
                .collect(Collectors.groupingBy(Omission::segmentId));
        Map<Long, SpeakerTurn> turns = new SpeakerTurnRepository(file).list().stream()
                .collect(Collectors.toMap(SpeakerTurn::id, t -> t));
        Map<Long, Segment> segments = new SegmentRepository(file).list().stream().collect(Collectors.toMap(Segment::id, s -> s));
        DocumentRepository documentStore = new DocumentRepository(file);
        Map<Long, Document> documents = documentStore.list().stream().collect(Collectors.toMap(Document::id, d -> d));

        Map<Long, List<Quote>> quotesByCode = new LinkedHashMap<>();
        codes.forEach(c -> quotesByCode.put(c.id(), new ArrayList<>()));
        Map<Long, List<CodedPassage>> byDocument = passages.stream()
                .collect(Collectors.groupingBy(CodedPassage::documentId, TreeMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<CodedPassage>> entry : byDocument.entrySet()) {
            Document d = documents.get(entry.getKey());
            String text = documentStore.text(d.id());
            LineIndex lines = new LineIndex(text);
            for (CodedPassage cp : entry.getValue()) {
                Segment s = segments.get(cp.segmentId());
                SpeakerTurn turn = cp.turnId() == null ? null : turns.get(cp.turnId());
                Participant p = cp.participantId() == null ? null : participantById.get(cp.participantId());
                quotesByCode.computeIfAbsent(s.codeId(), k -> new ArrayList<>()).add(new Quote(s,
                        QuoteText.of(text, s.start(), s.end(), omissions.getOrDefault(s.id(), List.of())),
                        text.substring(s.start(), s.end()), cp.speaker(), cp.participantId(),
                        p != null ? p.pseudonym() : cp.speaker(), cp.group(), d.name(), lines.lineOf(s.start()),
                        turn == null ? null : turn.startMillis()));
            }
        }
        quotesByCode.values().forEach(list -> list.sort(Comparator.comparingLong((Quote q) -> q.segment().documentId())
                .thenComparingInt(q -> q.segment().start()).thenComparingLong(q -> q.segment().id())));
        return new ReportData(file.name(), codes, new CategoryRepository(file).list(), quotesByCode,
                participants, participantStore.attributes(), participantStore.values(), analysis);
    }

    /** Codes depth first: each code followed by its subcodes, siblings by position. */
    static List<Code> treeOrder(List<Code> all) {
        Map<Long, List<Code>> children = new HashMap<>();
        List<Code> roots = new ArrayList<>();
        Set<Long> ids = all.stream().map(Code::id).collect(Collectors.toSet());
        for (Code c : all) {
            if (c.parentId() == null || !ids.contains(c.parentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        Comparator<Code> order = Comparator.comparingInt(Code::position).thenComparingLong(Code::id);
        List<Code> out = new ArrayList<>();
        addInOrder(roots, children, order, out);
        return out;
    }

    private static void addInOrder(List<Code> level, Map<Long, List<Code>> children, Comparator<Code> order, List<Code> out) {
        for (Code c : level.stream().sorted(order).toList()) {
            out.add(c);
            addInOrder(children.getOrDefault(c.id(), List.of()), children, order, out);
        }
    }
}
