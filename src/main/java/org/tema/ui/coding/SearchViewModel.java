package org.tema.ui.coding;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.model.SearchHit;
import org.tema.ui.common.ProjectSession;

/** Full-text search across the project's transcripts; opening a hit shows it in the transcript. */
public final class SearchViewModel {
    /** More hits than this are not listed; the user narrows the query instead. */
    static final int MAX_HITS = 500;
    private final ProjectSession session;
    private final CodingViewModel coding;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();

    public SearchViewModel(ProjectSession session, CodingViewModel coding) {
        this.session = session;
        this.coding = coding;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            hits.clear();
            return;
        }
        session.read(p -> p.search(q, MAX_HITS), hits::setAll);
    }

    public void open(SearchHit hit) {
        coding.reveal(hit.documentId(), hit.start(), hit.end());
    }
}
