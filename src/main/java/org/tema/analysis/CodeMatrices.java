package org.tema.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.tema.model.Code;
import org.tema.model.CodedPassage;
import org.tema.model.Document;
import org.tema.model.Participant;

/**
 * Code × document, code × group and code × participant matrices. The {@code measure} says what a
 * passage adds to its cell: {@link #PASSAGES} counts passages; a word counter gives word counts.
 */
public final class CodeMatrices {
    /** Each passage counts one. */
    public static final ToIntFunction<CodedPassage> PASSAGES = p -> 1;

    private CodeMatrices() {
    }

    /** One column per document, in the given order. */
    public static CodeMatrix byDocument(List<Code> codes, List<Document> documents, List<CodedPassage> passages,
                                        ToIntFunction<CodedPassage> measure) {
        Map<String, String> columns = new LinkedHashMap<>();
        documents.forEach(d -> columns.put(Long.toString(d.id()), d.name()));
        return build(codes, columns, passages, p -> Long.toString(p.documentId()), measure);
    }

    /**
     * One column per group that any document or participant belongs to, sorted by name; passages
     * with no group go to a column with an empty name at the end, when there are any.
     */
    public static CodeMatrix byGroup(List<Code> codes, List<String> groups, List<CodedPassage> passages,
                                     ToIntFunction<CodedPassage> measure) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        groups.stream().filter(g -> !g.isEmpty()).forEach(names::add);
        passages.stream().map(CodedPassage::group).filter(g -> !g.isEmpty()).forEach(names::add);
        Map<String, String> columns = new LinkedHashMap<>();
        names.forEach(g -> columns.put(g, g));
        if (passages.stream().anyMatch(p -> p.group().isEmpty())) {
            columns.put("", "");
        }
        return build(codes, columns, passages, CodedPassage::group, measure);
    }

    /** One column per participant, in the given order; passages of no known participant are not counted. */
    public static CodeMatrix byParticipant(List<Code> codes, List<Participant> participants,
                                           List<CodedPassage> passages, ToIntFunction<CodedPassage> measure) {
        Map<String, String> columns = new LinkedHashMap<>();
        participants.forEach(p -> columns.put(Long.toString(p.id()), p.pseudonym()));
        return build(codes, columns, passages,
                p -> p.participantId() == null ? null : Long.toString(p.participantId()), measure);
    }

    static CodeMatrix build(List<Code> codes, Map<String, String> columns, List<CodedPassage> passages,
                            Function<CodedPassage, String> columnOf, ToIntFunction<CodedPassage> measure) {
        Map<String, Integer> columnIndex = new HashMap<>();
        List<CodeMatrix.Column> cols = new ArrayList<>();
        columns.forEach((key, label) -> {
            columnIndex.put(key, cols.size());
            cols.add(new CodeMatrix.Column(key, label));
        });
        Map<Long, long[]> cells = new LinkedHashMap<>();
        codes.forEach(c -> cells.put(c.id(), new long[cols.size()]));
        for (CodedPassage p : passages) {
            long[] row = cells.get(p.codeId());
            String key = columnOf.apply(p);
            Integer column = key == null ? null : columnIndex.get(key);
            if (row != null && column != null) {
                row[column] += measure.applyAsInt(p);
            }
        }
        List<CodeMatrix.Row> rows = codes.stream().map(c -> new CodeMatrix.Row(c, cells.get(c.id()))).toList();
        return new CodeMatrix(cols, rows);
    }
}
