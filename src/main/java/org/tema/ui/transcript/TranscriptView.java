package org.tema.ui.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.tema.ui.common.Timing;

/**
 * A transcript in a read-only rich text area: speakers' labels in bold, the interviewer set apart,
 * coded passages in their codes' colours, and coding stripes with the codes' names in the margin.
 */
public final class TranscriptView {
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
    private String text = "";
    private List<SpeakerSpan> speakers = List.of();
    private List<Mark> marks = List.of();
    private StripeLayout stripes = StripeLayout.of("", List.of());
    private Consumer<Mark> onStripeClicked = m -> select(m.start(), m.end());
    private boolean showStripes = true;

    public TranscriptView() {
        area.setEditable(false);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(true);
        area.getStyleClass().add("transcript");
        scroll.getStyleClass().add("transcript-scroll");
    }

    public Node node() {
        return scroll;
    }

    /** The text area itself, for tests and for drag gestures. */
    public InlineCssTextArea area() {
        return area;
    }

    public void setShowStripes(boolean show) {
        this.showStripes = show;
        installMargin();
    }

    public void setOnStripeClicked(Consumer<Mark> action) {
        this.onStripeClicked = action;
    }

    /** Shows a transcript from the start. */
    public void show(String newText, List<SpeakerSpan> newSpeakers, List<Mark> newMarks) {
        long t0 = System.nanoTime();
        text = newText;
        speakers = newSpeakers;
        marks = newMarks;
        ReadOnlyStyledDocument<String, String, String> doc = Timing.measure("  build styled document", this::styledDocument);
        Timing.measure("  replace document", () -> area.replace(0, area.getLength(), doc));
        stripes = Timing.measure("  lay out stripes", () -> StripeLayout.of(text, marks));
        installMargin();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        Timing.report("open transcript (" + text.length() + " chars, " + marks.size() + " passages)", t0);
    }

    /** Shows changed passages, repainting only {@code [from, to)} of the text and the visible margin. */
    public void updateMarks(List<Mark> newMarks, int from, int to) {
        long t0 = System.nanoTime();
        marks = newMarks;
        Timing.measure("  restyle range", () -> restyle(Math.max(0, from), Math.min(text.length(), to)));
        StripeLayout before = stripes;
        stripes = Timing.measure("  lay out stripes", () -> StripeLayout.of(text, marks));
        Timing.measure("  refresh visible stripes", () -> refreshVisibleStripes(before));
        Timing.report("repaint passages [" + from + ", " + to + ")", t0);
    }

    public List<Mark> marks() {
        return marks;
    }

    public StripeLayout stripes() {
        return stripes;
    }

    public ObservableValue<IndexRange> selectionProperty() {
        return area.selectionProperty();
    }

    public IndexRange selection() {
        return area.getSelection();
    }

    public String selectedText() {
        return area.getSelectedText();
    }

    /** Selects a range and scrolls it into view. */
    public void select(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        area.selectRange(s, e);
        int paragraph = area.offsetToPosition(s, TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
    }

    /** The whole transcript with its styles, built in one pass (faster than text first, styles after). */
    private ReadOnlyStyledDocument<String, String, String> styledDocument() {
        StyleSpans<String> all = spans(0, text.length());
        ReadOnlyStyledDocumentBuilder<String, String, String> b = new ReadOnlyStyledDocumentBuilder<>(area.getSegOps(), "");
        int at = 0;
        while (true) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            if (end == at) {
                b.addParagraph("", "");
            } else {
                b.addParagraph(List.of(text.substring(at, end)), all.subView(at, end));
            }
            if (nl < 0) {
                return b.build();
            }
            at = nl + 1;
        }
    }

    private StyleSpans<String> spans(int from, int to) {
        StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
        for (StyleRun r : TranscriptStyles.runs(from, to, speakers, marks)) {
            b.add(r.style(), r.length());
        }
        if (to <= from) {
            b.add("", 0);
        }
        return b.create();
    }

    private void restyle(int from, int to) {
        if (to <= from) {
            return;
        }
        area.setStyleSpans(from, spans(from, to));
    }

    private void installMargin() {
        area.setParagraphGraphicFactory(!showStripes ? null
                : paragraph -> new StripeCell(stripes.at(paragraph), stripes.lanes(), m -> onStripeClicked.accept(m)));
    }

    /** Rebuilds the margin of the visible paragraphs whose stripes changed; the rest is built when scrolled to. */
    private void refreshVisibleStripes(StripeLayout before) {
        if (!showStripes) {
            return;
        }
        if (before.lanes() != stripes.lanes() && Math.min(before.lanes(), StripeCell.MAX_LANES) != Math.min(stripes.lanes(), StripeCell.MAX_LANES)) {
            installMargin();
            return;
        }
        int paragraphs = area.getParagraphs().size();
        if (paragraphs == 0 || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int first = area.firstVisibleParToAllParIndex();
        int last = Math.min(paragraphs - 1, area.lastVisibleParToAllParIndex());
        for (int p = first; p <= last; p++) {
            if (!before.at(p).equals(stripes.at(p))) {
                area.recreateParagraphGraphic(p);
            }
        }
    }
}
