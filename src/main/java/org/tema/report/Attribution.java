package org.tema.report;

import java.util.ArrayList;
import java.util.List;

/** The line under a quote that says who said it, in the thesis style {@code - «Berit», «Kontor B»}. */
public final class Attribution {
    private Attribution() {
    }

    /** The attribution of a quote with the parts in the given order; parts the quote lacks are left out. */
    public static String of(Quote q, List<AttributionPart> parts, Labels labels) {
        List<String> out = new ArrayList<>();
        for (AttributionPart part : parts) {
            String s = switch (part) {
                case PSEUDONYM -> quoted(q.pseudonym());
                case GROUP -> quoted(q.group());
                case DOCUMENT -> quoted(q.document());
                case LINE -> labels.format("attribution.line", q.line());
                case TIME -> q.millis() == null ? "" : time(q.millis());
            };
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return "- " + String.join(", ", out);
    }

    /** A recording time: {@code 12:34}, or {@code 1:02:03} from an hour on. */
    static String time(long millis) {
        long seconds = millis / 1000;
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }

    private static String quoted(String s) {
        return s == null || s.isBlank() ? "" : "«" + s.strip() + "»";
    }
}
