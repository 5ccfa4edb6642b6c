package org.tema.ui.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.app.Overview;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.ui.coding.CodeNode;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.Settings;

/** Reporting: the report options, the quote picker, the exports, the code book (codes, categories, definitions, summaries, counts) and how far each transcript is coded. */
public final class ReportViewModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObservableList<CodeBookRow> codeBook = FXCollections.observableArrayList();
    private final ObservableList<Overview.DocumentStatus> documents = FXCollections.observableArrayList();
    private final ReportOptions options;
    private final QuotesViewModel quotes;
    private final ExportViewModel export;

    /** With the default report settings, not kept: for views that show only the code book. */
    public ReportViewModel(ProjectSession session) {
        this(session, new Settings(), Messages.of(Locale.ENGLISH));
    }

    public ReportViewModel(ProjectSession session, Settings settings, Messages messages) {
        this.session = session;
        options = new ReportOptions(settings, messages.locale());
        quotes = new QuotesViewModel(session, options);
        export = new ExportViewModel(session, options, messages);
        changes = session.onChange(this::reload);
        reload();
    }

    public ReportOptions options() {
        return options;
    }

    public QuotesViewModel quotes() {
        return quotes;
    }

    public ExportViewModel export() {
        return export;
    }

    public ObservableList<CodeBookRow> codeBook() {
        return codeBook;
    }

    public ObservableList<Overview.DocumentStatus> documents() {
        return documents;
    }

    private record Snapshot(List<CodeBookRow> codeBook, List<Overview.DocumentStatus> documents) {
    }

    private void reload() {
        session.read(p -> {
            Map<Long, String> categoryOf = new HashMap<>();
            for (Category c : p.categories().list()) {
                c.codeIds().forEach(id -> categoryOf.put(id, c.name()));
            }
            List<CodeNode> forest = CodeNode.forest(p.codeBook().codes(), p.overview().passagesPerCode());
            Map<Long, Integer> depth = new HashMap<>();
            List<CodeBookRow> rows = CodeNode.flatten(forest).stream().map(n -> {
                Code c = n.code();
                int d = c.parentId() == null ? 0 : depth.getOrDefault(c.parentId(), 0) + 1;
                depth.put(c.id(), d);
                return new CodeBookRow(c, d, categoryOf.getOrDefault(c.id(), ""), n.count());
            }).toList();
            return new Snapshot(rows, p.overview().documents());
        }, s -> {
            codeBook.setAll(s.codeBook());
            documents.setAll(s.documents());
        });
    }
}
