package org.tema.io.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.model.Code;
import org.tema.model.Segment;

/**
 * The two matrices of the reports. Co-occurrence: how many pairs of passages of two codes overlap in
 * the same document (the diagonal holds each code's own number of passages). Code × group: how many
 * passages of each code come from each group.
 */
final class Matrices {
    /** The column of passages that have no group. */
    static final String NO_GROUP = "–";

    private Matrices() {
    }

    static Matrix coOccurrence(List<Code> codes, Map<Long, List<Segment>> segmentsByDocument) {
        Map<Long, Integer> index = indexOf(codes);
        int n = codes.size();
        int[][] cells = new int[n][n];
        for (List<Segment> segments : segmentsByDocument.values()) {
            List<Segment> sorted = new ArrayList<>(segments);
            sorted.sort(Comparator.comparingInt(Segment::start));
            for (int i = 0; i < sorted.size(); i++) {
                Segment a = sorted.get(i);
                Integer ia = index.get(a.codeId());
                if (ia == null) {
                    continue;
                }
                cells[ia][ia]++;
                for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < a.end(); j++) {
                    Integer ib = index.get(sorted.get(j).codeId());
                    if (ib != null && !ib.equals(ia)) {
                        cells[ia][ib]++;
                        cells[ib][ia]++;
                    }
                }
            }
        }
        return new Matrix(labels(codes), labels(codes), cells);
    }

    static Matrix codeByGroup(List<Code> codes, Map<Long, List<Quote>> quotesByCode) {
        Set<String> groups = new LinkedHashSet<>();
        quotesByCode.values().forEach(qs -> qs.forEach(q -> groups.add(groupOf(q))));
        List<String> columns = groups.stream().sorted(Comparator.comparing((String g) -> g.equals(NO_GROUP)).thenComparing(g -> g)).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            column.put(columns.get(i), i);
        }
        int[][] cells = new int[codes.size()][columns.size()];
        for (int r = 0; r < codes.size(); r++) {
            for (Quote q : quotesByCode.getOrDefault(codes.get(r).id(), List.of())) {
                cells[r][column.get(groupOf(q))]++;
            }
        }
        return new Matrix(labels(codes), columns, cells);
    }

    private static String groupOf(Quote q) {
        return q.group() == null || q.group().isBlank() ? NO_GROUP : q.group();
    }

    private static Map<Long, Integer> indexOf(List<Code> codes) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i).id(), i);
        }
        return index;
    }

    private static List<String> labels(List<Code> codes) {
        return codes.stream().map(Code::label).toList();
    }
}
