package org.tema.ui.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tema.ui.transcript.Mark;

/** The coded passages of the open transcript after a change, and the range of text the change touched. */
public record MarkChange(List<Mark> marks, int from, int to) {

    /** The change from {@code before} to {@code after}, or empty when nothing differs. */
    public static Optional<MarkChange> between(List<Mark> before, List<Mark> after) {
        Map<Long, Mark> old = new HashMap<>();
        before.forEach(m -> old.put(m.segmentId(), m));
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (Mark m : after) {
            Mark o = old.remove(m.segmentId());
            if (!m.equals(o)) {
                from = Math.min(from, m.start());
                to = Math.max(to, m.end());
                if (o != null) {
                    from = Math.min(from, o.start());
                    to = Math.max(to, o.end());
                }
            }
        }
        for (Mark o : old.values()) {
            from = Math.min(from, o.start());
            to = Math.max(to, o.end());
        }
        return from > to ? Optional.empty() : Optional.of(new MarkChange(after, from, to));
    }
}
