package org.tema.ui.prepare;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.model.CandidateTheme;
import org.tema.model.Document;
import org.tema.model.JournalEntry;
import org.tema.ui.coding.CodingViewModel;
import org.tema.ui.coding.DocumentContent;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

/**
 * Preparation: reading a transcript (the one open in the workbench), writing its memo and the
 * project journal, noting candidate themes, and correcting the transcript's text.
 */
public final class PrepareViewModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final CodingViewModel reading;
    private final Messages messages;
    private final StringProperty memo = new SimpleStringProperty("");
    private final StringProperty journalDraft = new SimpleStringProperty("");
    private final StringProperty themeName = new SimpleStringProperty("");
    private final StringProperty themeNote = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<JournalEntry> journal = FXCollections.observableArrayList();
    private final ObservableList<CandidateTheme> themes = FXCollections.observableArrayList();

    public PrepareViewModel(ProjectSession session, CodingViewModel reading, Messages messages) {
        this.session = session;
        this.reading = reading;
        this.messages = messages;
        reading.detailsProperty().addListener((o, a, d) -> memo.set(d == null ? "" : d.memo()));
        Document d = reading.detailsProperty().get();
        memo.set(d == null ? "" : d.memo());
        changes = session.onChange(this::reload);
        reload();
    }

    private record Notes(List<JournalEntry> journal, List<CandidateTheme> themes) {
    }

    private void reload() {
        session.read(p -> new Notes(p.journal().entries(), p.candidateThemes().list()), n -> {
            journal.setAll(n.journal());
            themes.setAll(n.themes());
        });
    }

    public CodingViewModel reading() {
        return reading;
    }

    /** The open document's memo as being written; stored by {@link #storeMemo()}. */
    public StringProperty memoProperty() {
        return memo;
    }

    public StringProperty journalDraftProperty() {
        return journalDraft;
    }

    public StringProperty themeNameProperty() {
        return themeName;
    }

    public StringProperty themeNoteProperty() {
        return themeNote;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<JournalEntry> journal() {
        return journal;
    }

    public ObservableList<CandidateTheme> themes() {
        return themes;
    }

    /** Stores the memo when it differs from the stored one (called when the memo field loses focus). */
    public void storeMemo() {
        Document d = reading.detailsProperty().get();
        String text = memo.get() == null ? "" : memo.get();
        if (d == null || text.equals(d.memo())) {
            return;
        }
        session.edit(p -> p.documents().setMemo(d.id(), text));
    }

    /** Adds the draft to the journal with today's date. */
    public void addJournalEntry(LocalDate today) {
        String text = journalDraft.get() == null ? "" : journalDraft.get().strip();
        if (text.isEmpty()) {
            return;
        }
        session.edit(p -> p.journal().add(today, text), e -> journalDraft.set(""));
    }

    public void deleteJournalEntry(JournalEntry entry) {
        session.edit(p -> p.journal().delete(entry.id()));
    }

    public void addTheme() {
        String name = themeName.get() == null ? "" : themeName.get().strip();
        if (name.isEmpty()) {
            return;
        }
        String note = themeNote.get();
        session.edit(p -> p.candidateThemes().add(name, note), t -> {
            themeName.set("");
            themeNote.set("");
        });
    }

    public void deleteTheme(CandidateTheme theme) {
        session.edit(p -> p.candidateThemes().delete(theme.id()));
    }

    /** Replaces {@code [start, end)} of the open transcript; coded passages stay on their words. */
    public void correctText(int start, int end, String replacement) {
        DocumentContent c = reading.contentProperty().get();
        if (c == null) {
            return;
        }
        long id = c.document().id();
        session.edit(p -> p.documents().editText(id, start, end, replacement), r -> notice.set(r.removed().isEmpty()
                ? "" : messages.format("prepare.editText.removed", r.removed().size())));
    }
}
