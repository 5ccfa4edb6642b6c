package org.tema.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.tema.model.Code;
import org.tema.model.CodedPassage;

/**
 * Which codes go together. Two passages of different codes co-occur when they share words
 * ({@link Mode#OVERLAP}), or, in {@link Mode#SAME_TURN}, also when they lie in the same speaker turn
 * (the turn of their start). A cell of the matrix is the number of co-occurring pairs of passages of
 * its row's and its column's code; the matrix is symmetric and its diagonal is zero.
 */
public final class Cooccurrence {
    public enum Mode { OVERLAP, SAME_TURN }

    /** Two co-occurring passages, in the order of the codes asked for. */
    public record Pair(CodedPassage first, CodedPassage second) {
    }

    private Cooccurrence() {
    }

    /** A code × code matrix; its columns are the codes, keyed by id, in the given order. */
    public static CodeMatrix matrix(List<Code> codes, List<CodedPassage> passages, Mode mode) {
        Map<Long, Integer> index = new HashMap<>();
        List<CodeMatrix.Column> columns = new ArrayList<>();
        for (Code c : codes) {
            index.put(c.id(), columns.size());
            columns.add(new CodeMatrix.Column(Long.toString(c.id()), c.label()));
        }
        long[][] cells = new long[codes.size()][codes.size()];
        forEachPair(passages, mode, (a, b) -> {
            Integer i = index.get(a.codeId());
            Integer j = index.get(b.codeId());
            if (i != null && j != null) {
                cells[i][j]++;
                cells[j][i]++;
            }
        });
        List<CodeMatrix.Row> rows = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            rows.add(new CodeMatrix.Row(codes.get(i), cells[i]));
        }
        return new CodeMatrix(columns, rows);
    }

    /** The co-occurring pairs behind one cell: a passage of {@code firstCodeId} with one of {@code secondCodeId}. */
    public static List<Pair> pairs(List<CodedPassage> passages, long firstCodeId, long secondCodeId, Mode mode) {
        List<CodedPassage> relevant = passages.stream()
                .filter(p -> p.codeId() == firstCodeId || p.codeId() == secondCodeId).toList();
        List<Pair> out = new ArrayList<>();
        forEachPair(relevant, mode, (a, b) -> {
            if (a.codeId() == firstCodeId && b.codeId() == secondCodeId) {
                out.add(new Pair(a, b));
            } else if (b.codeId() == firstCodeId && a.codeId() == secondCodeId) {
                out.add(new Pair(b, a));
            }
        });
        out.sort(Comparator.comparingLong((Pair p) -> p.first().documentId()).thenComparingInt(p -> p.first().start())
                .thenComparingInt(p -> p.second().start()));
        return out;
    }

    /** Calls {@code visit} once for every co-occurring pair of passages of different codes. */
    static void forEachPair(List<CodedPassage> passages, Mode mode, BiConsumer<CodedPassage, CodedPassage> visit) {
        Map<Long, List<CodedPassage>> byDocument = new LinkedHashMap<>();
        passages.forEach(p -> byDocument.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p));
        for (List<CodedPassage> inDocument : byDocument.values()) {
            inDocument.sort(Comparator.comparingInt(CodedPassage::start).thenComparingInt(CodedPassage::end)
                    .thenComparingLong(CodedPassage::segmentId));
            if (mode == Mode.OVERLAP) {
                overlapping(inDocument, visit);
            } else {
                overlappingOrSameTurn(inDocument, visit);
            }
        }
    }

    private static void overlapping(List<CodedPassage> sorted, BiConsumer<CodedPassage, CodedPassage> visit) {
        for (int i = 0; i < sorted.size(); i++) {
            CodedPassage a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < a.end(); j++) {
                CodedPassage b = sorted.get(j);
                if (a.codeId() != b.codeId()) {
                    visit.accept(a, b);
                }
            }
        }
    }

    private static void overlappingOrSameTurn(List<CodedPassage> sorted, BiConsumer<CodedPassage, CodedPassage> visit) {
        record Key(long low, long high) {
        }
        Set<Key> seen = new HashSet<>();
        BiConsumer<CodedPassage, CodedPassage> once = (a, b) -> {
            long lo = Math.min(a.segmentId(), b.segmentId());
            long hi = Math.max(a.segmentId(), b.segmentId());
            if (seen.add(new Key(lo, hi))) {
                visit.accept(a, b);
            }
        };
        overlapping(sorted, once);
        Map<Long, List<CodedPassage>> byTurn = new LinkedHashMap<>();
        sorted.stream().filter(p -> p.turnId() != null)
                .forEach(p -> byTurn.computeIfAbsent(p.turnId(), k -> new ArrayList<>()).add(p));
        for (List<CodedPassage> inTurn : byTurn.values()) {
            for (int i = 0; i < inTurn.size(); i++) {
                for (int j = i + 1; j < inTurn.size(); j++) {
                    if (inTurn.get(i).codeId() != inTurn.get(j).codeId()) {
                        once.accept(inTurn.get(i), inTurn.get(j));
                    }
                }
            }
        }
    }
}
