package org.tema.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tema.model.Code;
import org.tema.model.CodedPassage;

/** The figures behind the bar charts of the categorisation phase. */
public final class Charts {
    /** One bar: what it stands for and its height. */
    public record Bar(String label, long value) {
    }

    private Charts() {
    }

    /** One bar per code, in the given order: the number of its passages. */
    public static List<Bar> passagesPerCode(List<Code> codes, List<CodedPassage> passages) {
        Map<Long, Long> counts = new HashMap<>();
        passages.forEach(p -> counts.merge(p.codeId(), 1L, Long::sum));
        return codes.stream().map(c -> new Bar(c.label(), counts.getOrDefault(c.id(), 0L))).toList();
    }

    /** One bar per group (by name; passages without a group are left out): how many different codes it has. */
    public static List<Bar> codesPerGroup(List<CodedPassage> passages) {
        Map<String, Set<Long>> codes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        passages.stream().filter(p -> !p.group().isEmpty())
                .forEach(p -> codes.computeIfAbsent(p.group(), k -> new HashSet<>()).add(p.codeId()));
        return codes.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue().size())).toList();
    }
}
