package org.tema.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tema.model.Document;
import org.tema.model.Segment;
import org.tema.store.ProjectCounts;

/** The project's progress as the workbench shows it: passages per code, and what is still uncoded per document. */
public final class Overview {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’-][\\p{L}\\p{N}\\p{M}]+)*");
    private final Stores stores;

    public Overview(Stores stores) {
        this.stores = stores;
    }

    /** How far one transcript has been coded. */
    public record DocumentStatus(Document document, int passages, int words, int uncodedWords) {
        public int uncodedPercent() {
            return words == 0 ? 0 : (int) Math.round(100.0 * uncodedWords / words);
        }
    }

    /** What the window's status line counts. */
    public record Totals(long documents, long codes, long passages) {
    }

    public Totals totals() {
        ProjectCounts c = ProjectCounts.of(stores.file());
        return new Totals(c.documents(), c.codes(), c.segments());
    }

    /** The number of coded passages of each code that codes any. */
    public Map<Long, Integer> passagesPerCode() {
        Map<Long, Integer> counts = new HashMap<>();
        for (Segment s : stores.segments().list()) {
            counts.merge(s.codeId(), 1, Integer::sum);
        }
        return counts;
    }

    public List<DocumentStatus> documents() {
        List<DocumentStatus> out = new ArrayList<>();
        for (Document d : stores.documents().list()) {
            List<Segment> segments = stores.segments().ofDocument(d.id());
            String text = stores.documents().text(d.id());
            int[] words = countWords(text, segments);
            out.add(new DocumentStatus(d, segments.size(), words[0], words[1]));
        }
        return out;
    }

    /** Counts all words and the words that no passage covers; segments must be sorted by start. */
    static int[] countWords(String text, List<Segment> segments) {
        boolean[] coded = new boolean[text.length() + 1];
        int coveredTo = 0;
        for (Segment s : segments) {
            for (int i = Math.max(s.start(), coveredTo); i < s.end(); i++) {
                coded[i] = true;
            }
            coveredTo = Math.max(coveredTo, s.end());
        }
        int all = 0;
        int uncoded = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            all++;
            if (!coded[m.start()]) {
                uncoded++;
            }
        }
        return new int[] {all, uncoded};
    }
}
