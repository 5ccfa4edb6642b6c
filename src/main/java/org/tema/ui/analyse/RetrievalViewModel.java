package org.tema.ui.analyse;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.app.RetrievedPassage;
import org.tema.ui.common.ProjectSession;

/**
 * The Passages tab: choose a code or a category, see all its passages across the transcripts (as
 * the shared filter lets through), and edit a code's summary beside them.
 */
public final class RetrievalViewModel {
    private final ProjectSession session;
    private final FilterModel filter;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObservableList<Subject> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<Subject> subject = new SimpleObjectProperty<>();
    private final ObservableList<RetrievedPassage> passages = FXCollections.observableArrayList();
    private final SummaryDraft summary = new SummaryDraft();
    private final BooleanProperty summaryEditable = new SimpleBooleanProperty();

    public RetrievalViewModel(ProjectSession session, FilterModel filter) {
        this.session = session;
        this.filter = filter;
        changes = session.onChange(this::reload);
        filter.choiceProperty().addListener((o, a, b) -> loadPassages(false));
        subject.addListener((o, a, b) -> {
            if (b == null || !b.sameAs(a)) {
                saveSummaryOf(a);
                loadPassages(true);
            }
        });
        reload();
    }

    /** The codes in code-book order, then the categories in their order. */
    public ObservableList<Subject> subjects() {
        return subjects;
    }

    public ObjectProperty<Subject> subjectProperty() {
        return subject;
    }

    public ObservableList<RetrievedPassage> passages() {
        return passages;
    }

    /** The chosen code's summary; a category has none here. */
    public SummaryDraft summary() {
        return summary;
    }

    public BooleanProperty summaryEditableProperty() {
        return summaryEditable;
    }

    /** Stores the edited summary of the chosen code (undoable); nothing happens when it is unchanged. */
    public void saveSummary() {
        saveSummaryOf(subject.get());
    }

    private void saveSummaryOf(Subject s) {
        if (s != null && s.isCode()) {
            long id = s.id();
            summary.save(text -> session.edit(p -> p.codeBook().setSummary(id, text)));
        }
    }

    private void reload() {
        session.read(p -> {
            List<Subject> all = new ArrayList<>();
            p.codeBook().codes().forEach(c -> all.add(Subject.of(c)));
            p.categories().list().forEach(c -> all.add(Subject.of(c)));
            return all;
        }, all -> {
            Subject chosen = subject.get();
            subjects.setAll(all);
            Subject again = chosen == null ? null : all.stream().filter(chosen::sameAs).findFirst().orElse(null);
            subject.set(again);
            loadPassages(false);
        });
    }

    private void loadPassages(boolean otherSubject) {
        Subject s = subject.get();
        summaryEditable.set(s != null && s.isCode());
        if (s == null) {
            passages.clear();
            summary.loaded("", true);
            return;
        }
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> new Loaded(s.passages(p, choice.toFilter(p)),
                s.isCode() ? p.codeBook().get(s.id()).summary() : ""), r -> {
            if (s.sameAs(subject.get())) {
                passages.setAll(r.passages());
                summary.loaded(r.summary(), otherSubject);
            }
        });
    }

    private record Loaded(List<RetrievedPassage> passages, String summary) {
    }
}
