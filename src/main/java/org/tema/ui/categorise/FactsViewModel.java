package org.tema.ui.categorise;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.ui.common.ProjectSession;

/** The descriptive facts category («faktiske forhold»): one row per participant attribute; follows every change. */
public final class FactsViewModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObservableList<FactRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty includeInterviewers = new SimpleBooleanProperty(false);

    public FactsViewModel(ProjectSession session) {
        this.session = session;
        changes = session.onChange(this::reload);
        includeInterviewers.addListener((o, a, b) -> reload());
        reload();
    }

    public ObservableList<FactRow> rows() {
        return rows;
    }

    public BooleanProperty includeInterviewersProperty() {
        return includeInterviewers;
    }

    private void reload() {
        boolean interviewers = includeInterviewers.get();
        session.read(p -> p.facts().ofParticipants(interviewers).stream().map(FactRow::of).toList(), rows::setAll);
    }
}
