package org.tema.ui.coding;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.tema.ui.transcript.Mark;
import org.tema.ui.transcript.TranscriptView;

/**
 * Keeps a transcript view in step with the workbench: the open transcript, its passages (repainting
 * only what changed), the selection both ways, and ranges to reveal. While the view is not active
 * (its phase is not shown) it skips the work and catches up when it becomes active.
 */
public final class TranscriptBinding {
    private final TranscriptView view;
    private final CodingViewModel coding;
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private DocumentContent shownContent;
    private List<Mark> shownMarks = List.of();

    public TranscriptBinding(TranscriptView view, CodingViewModel coding) {
        this.view = view;
        this.coding = coding;
        coding.contentProperty().addListener((o, a, c) -> showContent());
        coding.markChangeProperty().addListener((o, a, change) -> {
            if (change != null && active.get() && shownContent == coding.contentProperty().get()) {
                view.updateMarks(change.marks(), change.from(), change.to());
                shownMarks = change.marks();
            }
        });
        coding.revealProperty().addListener((o, a, r) -> {
            if (r != null && active.get()) {
                view.select(r.start(), r.end());
            }
        });
        view.selectionProperty().addListener((o, a, sel) -> coding.select(sel.getStart(), sel.getEnd()));
        view.setOnStripeClicked(m -> {
            view.select(m.start(), m.end());
            coding.select(m.start(), m.end());
        });
        active.addListener((o, was, now) -> {
            if (now) {
                catchUp();
            }
        });
        showContent();
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    private void showContent() {
        if (active.get()) {
            DocumentContent c = coding.contentProperty().get();
            shownContent = c;
            shownMarks = c == null ? List.of() : c.marks();
            if (c == null) {
                view.show("", List.of(), List.of());
            } else {
                view.show(c.text(), c.speakers(), c.marks());
            }
        }
    }

    private void catchUp() {
        if (shownContent != coding.contentProperty().get()) {
            showContent();
        } else if (shownContent != null && !shownMarks.equals(coding.marks())) {
            shownMarks = coding.marks();
            view.updateMarks(shownMarks, 0, shownContent.text().length());
        }
        int s = coding.selectionStartProperty().get();
        int e = coding.selectionEndProperty().get();
        if (e > s) {
            view.select(s, e);
        }
    }
}
