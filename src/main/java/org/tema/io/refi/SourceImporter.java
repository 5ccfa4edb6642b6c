package org.tema.io.refi;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tema.model.Document;
import org.tema.model.Segment;
import org.tema.model.WordCount;
import org.tema.store.DocumentRepository;
import org.tema.store.SegmentRepository;

/**
 * Imports text sources: the text from the container (BOM removed, LF line endings), the selections
 * placed with the counting that lines them up, each coding as a coded passage.
 */
final class SourceImporter {
    /** Who coded: a coder id for a user GUID (null: the file says nobody). */
    interface Coders {
        long idOf(String userGuid);
    }

    private final DocumentRepository documents;
    private final SegmentRepository segments;
    private final SourceFiles files;
    private final NoteTexts notes;
    private final ExchangeReport report;
    private final UniqueGuids documentGuids = new UniqueGuids();
    private final UniqueGuids segmentGuids = new UniqueGuids();
    private final Instant importTime;

    SourceImporter(DocumentRepository documents, SegmentRepository segments, SourceFiles files, NoteTexts notes,
                   ExchangeReport report, Instant importTime) {
        this.documents = documents;
        this.segments = segments;
        this.files = files;
        this.notes = notes;
        this.report = report;
        this.importTime = importTime;
    }

    /** Imports one source; returns the new document's id, or empty when its text is missing. */
    Optional<Long> importSource(QdaProject.TextSource s, Map<String, Long> codeIds, Coders coders, String group,
                                Function<QdaProject.TextSource, LocalDate> interviewDate) throws IOException {
        String label = s.name() == null || s.name().isBlank() ? s.guid() : s.name();
        String raw;
        if (s.plainTextContent() != null) {
            raw = s.plainTextContent();
        } else {
            Optional<byte[]> bytes = files.read(s.plainTextPath());
            if (bytes.isEmpty()) {
                report.skipped("source «" + label + "»: " + (s.plainTextPath() == null ? "it names no plain text"
                        : "its text " + s.plainTextPath() + " is not in the file") + " ("
                        + s.selections().size() + " selection(s) skipped)");
                return Optional.empty();
            }
            raw = SourceText.decode(bytes.get()).raw();
        }
        AlignedText aligned = new AlignedText(raw);
        String text = aligned.text();
        PositionCounting counting = aligned.detect(s.selections().stream()
                .filter(x -> x.end() > x.start()).map(x -> new long[] {x.start(), x.end()}).toList());
        if (aligned.countingMatters() && !s.selections().isEmpty()) {
            report.remark("source «" + label + "»: positions read as " + counting.description());
        }
        String path = s.plainTextPath() == null ? "" : s.plainTextPath();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Document draft = new Document(0, documentGuids.take(s.guid()), label.strip(), fileName, "refi-qda",
                WordCount.of(text), group, interviewDate.apply(s), notes.memo(s.noteRefs(), s.description()));
        long docId = documents.insert(draft, text);
        report.add("documents", 1);
        importSelections(s, docId, text, aligned, counting, codeIds, coders, label);
        return Optional.of(docId);
    }

    private void importSelections(QdaProject.TextSource s, long docId, String text, AlignedText aligned,
                                  PositionCounting counting, Map<String, Long> codeIds, Coders coders, String label) {
        Set<String> ranges = new HashSet<>();
        Map<String, List<Segment>> byRange = new HashMap<>();
        List<String[]> memoOnly = new ArrayList<>();
        int outside = 0;
        int empty = 0;
        for (QdaProject.Selection sel : s.selections()) {
            int start = aligned.toText(counting, sel.start());
            int end = aligned.toText(counting, sel.end());
            if (start < 0 || end < 0 || end <= start) {
                if (start >= 0 && end == start) {
                    empty++;
                } else {
                    outside++;
                }
                continue;
            }
            String range = start + ":" + end;
            String selectionMemo = notes.memo(sel.noteRefs(), sel.description());
            if (sel.codings().isEmpty()) {
                if (!selectionMemo.isEmpty()) {
                    memoOnly.add(new String[] {range, selectionMemo});
                }
                continue;
            }
            for (QdaProject.Coding c : sel.codings()) {
                Long codeId = c.codeGuid() == null ? null : codeIds.get(c.codeGuid());
                if (codeId == null) {
                    report.skipped("a coding in «" + label + "» refers to a code that is not in the code book");
                    continue;
                }
                if (!ranges.add(range + ":" + codeId)) {
                    report.add("codings that repeated a coded passage (merged)", 1);
                    continue;
                }
                String user = c.creatingUser() != null ? c.creatingUser() : sel.creatingUser();
                Instant created = c.created() != null ? c.created() : sel.created() != null ? sel.created() : importTime;
                Segment seg = new Segment(0, segmentGuids.take(c.guid()), docId, codeId, start, end, coders.idOf(user),
                        created, notes.memo(c.noteRefs(), selectionMemo), false);
                long id = segments.insert(seg);
                byRange.computeIfAbsent(range, k -> new ArrayList<>()).add(segments.find(id).orElseThrow());
                report.add("coded passages", 1);
            }
        }
        attachMemos(memoOnly, byRange, label);
        if (outside > 0) {
            report.skipped(outside + " selection(s) in «" + label + "»: their positions lie outside the text");
        }
        if (empty > 0) {
            report.skipped(empty + " selection(s) in «" + label + "»: they select no text");
        }
    }

    /** A memo on an uncoded selection goes to the passages coded on exactly its words, if any. */
    private void attachMemos(List<String[]> memoOnly, Map<String, List<Segment>> byRange, String label) {
        for (String[] m : memoOnly) {
            List<Segment> same = byRange.getOrDefault(m[0], List.of());
            if (same.isEmpty()) {
                report.skipped("a memo-only passage in «" + label + "» (Tema keeps memos on coded passages): «"
                        + abbreviate(m[1]) + "»");
            }
            for (int i = 0; i < same.size(); i++) {
                Segment seg = same.get(i);
                String memo = seg.memo().isEmpty() ? m[1] : seg.memo() + "\n\n" + m[1];
                Segment withMemo = new Segment(seg.id(), seg.guid(), seg.documentId(), seg.codeId(), seg.start(), seg.end(),
                        seg.coderId(), seg.created(), memo, seg.inReport());
                segments.update(withMemo);
                same.set(i, withMemo);
                report.add("memos of uncoded selections added to coded passages", 1);
            }
        }
    }

    int repeatedGuids() {
        return documentGuids.repeats() + segmentGuids.repeats();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
