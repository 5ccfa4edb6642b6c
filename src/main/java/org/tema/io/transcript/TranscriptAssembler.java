package org.tema.io.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tema.model.SpeakerTurn;

/**
 * Joins paragraphs into a transcript's text and finds its speaker turns. A paragraph that starts
 * with a label opens a turn; paragraphs without one continue it. A turn covers the spoken words
 * only: the label (and a timestamp before it) stays outside its range.
 */
public final class TranscriptAssembler {
    private final StringBuilder text = new StringBuilder();
    private final List<SpeakerTurn> turns = new ArrayList<>();
    private final String separator;
    private SpeakerTurn open;

    private TranscriptAssembler(String separator) {
        this.separator = separator;
    }

    public static Transcript assemble(List<Paragraph> paragraphs, String separator, String format) {
        TranscriptAssembler a = new TranscriptAssembler(separator);
        boolean first = true;
        for (Paragraph p : paragraphs) {
            if (!first) {
                a.text.append(separator);
            }
            first = false;
            a.add(p);
        }
        a.close();
        return new Transcript(a.text.toString(), format, a.turns);
    }

    private void add(Paragraph p) {
        int offset = text.length();
        String s = p.text();
        text.append(s);
        int end = offset + trimmedLength(s);
        Optional<SpeakerLabels.Label> label = p.label() != null
                ? Optional.of(new SpeakerLabels.Label(p.label(), SpeakerLabels.bodyStartAfter(s, p.label()), null))
                : SpeakerLabels.find(s);
        if (label.isPresent()) {
            close();
            SpeakerLabels.Label l = label.get();
            Long start = p.startMillis() != null ? p.startMillis() : l.millis();
            open = new SpeakerTurn(0, 0, Math.min(offset + l.bodyStart(), end), end, l.name(), null, start, p.endMillis());
        } else if (open != null && end > offset) {
            open = new SpeakerTurn(0, 0, open.start(), end, open.speaker(), null, open.startMillis(),
                    p.endMillis() != null ? p.endMillis() : open.endMillis());
        }
    }

    private void close() {
        if (open != null && open.end() > open.start()) {
            turns.add(open);
        }
        open = null;
    }

    private static int trimmedLength(String s) {
        int n = s.length();
        while (n > 0 && Character.isWhitespace(s.charAt(n - 1))) {
            n--;
        }
        return n;
    }
}
