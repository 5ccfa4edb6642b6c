package org.tema.ui.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Computes the inline styles of a transcript: speakers' labels in bold, the interviewer's words set
 * apart, coded passages in their code's colour (the shortest passage on top; a second code on the
 * same words underlines it in its colour). Pure, so it is tested without the toolkit.
 */
public final class TranscriptStyles {
    static final String LABEL = "-fx-font-weight: bold;";
    static final String INTERVIEWER = "-fx-fill: -color-fg-muted; -fx-font-style: italic;";
    private static final String ALPHA = "59";

    private TranscriptStyles() {
    }

    /** The style runs covering {@code [from, to)}. */
    public static List<StyleRun> runs(int from, int to, List<SpeakerSpan> speakers, List<Mark> marks) {
        List<Layer> layers = new ArrayList<>();
        for (SpeakerSpan s : speakers) {
            addClipped(layers, s.labelStart(), s.start(), from, to, LABEL, null);
            if (s.interviewer()) {
                addClipped(layers, s.start(), s.end(), from, to, INTERVIEWER, null);
            }
        }
        for (Mark m : marks) {
            if (m.start() < to && m.end() > from) {
                layers.add(new Layer(Math.max(from, m.start()), Math.min(to, m.end()), null, m));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        for (Layer l : layers) {
            cuts.add(l.start);
            cuts.add(l.end);
        }
        layers.sort(Comparator.comparingInt(Layer::start));
        List<StyleRun> out = new ArrayList<>();
        List<Layer> active = new ArrayList<>();
        int next = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int at = previous;
                active.removeIf(l -> l.end <= at);
                while (next < layers.size() && layers.get(next).start <= at) {
                    if (layers.get(next).end > at) {
                        active.add(layers.get(next));
                    }
                    next++;
                }
                append(out, cut - previous, style(active));
            }
            previous = cut;
        }
        return out;
    }

    private static void append(List<StyleRun> out, int length, String style) {
        if (!out.isEmpty() && out.get(out.size() - 1).style().equals(style)) {
            StyleRun last = out.remove(out.size() - 1);
            out.add(new StyleRun(last.length() + length, style));
        } else {
            out.add(new StyleRun(length, style));
        }
    }

    private static String style(List<Layer> active) {
        if (active.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Mark first = null;
        Mark second = null;
        for (Layer l : active) {
            if (l.style != null) {
                sb.append(l.style);
            } else if (first == null || l.mark.length() < first.length()) {
                second = first;
                first = l.mark;
            } else if (second == null || l.mark.length() < second.length()) {
                second = l.mark;
            }
        }
        if (first != null) {
            sb.append("-rtfx-background-color: ").append(first.colour()).append(ALPHA).append(';');
        }
        if (second != null) {
            sb.append("-rtfx-underline-color: ").append(second.colour()).append("; -rtfx-underline-width: 2;");
        }
        return sb.toString();
    }

    private static void addClipped(List<Layer> layers, int start, int end, int from, int to, String style, Mark mark) {
        int s = Math.max(start, from);
        int e = Math.min(end, to);
        if (s < e) {
            layers.add(new Layer(s, e, style, mark));
        }
    }

    private record Layer(int start, int end, String style, Mark mark) {
    }
}
