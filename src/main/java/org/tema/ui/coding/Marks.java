package org.tema.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tema.model.Code;
import org.tema.model.Segment;
import org.tema.ui.transcript.Mark;

/** Turns coded passages into marks with their codes' colours and labels. */
final class Marks {
    private Marks() {
    }

    static List<Mark> of(List<Segment> segments, Map<Long, Code> codes) {
        List<Mark> out = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            Code c = codes.get(s.codeId());
            if (c != null) {
                out.add(new Mark(s.id(), c.id(), s.start(), s.end(), c.colour(), c.label()));
            }
        }
        return out;
    }
}
