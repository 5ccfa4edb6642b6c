package org.tema.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.report.Attribution;
import org.tema.report.Labels;
import org.tema.report.Quote;
import org.tema.report.ReportData;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Omission;
import org.tema.ui.common.ProjectSession;

/**
 * Picking quotes: every coded passage under its category and code, in the report's order, with its
 * "use in report" mark and its omissions. Marks and omissions are undoable edits of the project.
 */
public final class QuotesViewModel {
    private final ProjectSession session;
    private final ReportOptions options;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObservableList<QuoteGroup> groups = FXCollections.observableArrayList();

    /** The quotes of one code, under the name of its category ("" for codes in none). */
    public record QuoteGroup(String category, Code code, List<QuoteRow> quotes) {
    }

    public QuotesViewModel(ProjectSession session, ReportOptions options) {
        this.session = session;
        this.options = options;
        changes = session.onChange(this::reload);
        reload();
    }

    /** Codes with passages: those of each category in the categories' order, then the codes in none. */
    public ObservableList<QuoteGroup> groups() {
        return groups;
    }

    /** The attribution line of a quote in the form the options give. */
    public String attribution(QuoteRow row) {
        return Attribution.of(row.quote(), List.copyOf(options.attribution()), Labels.of(options.locale()));
    }

    public void setInReport(QuoteRow row, boolean inReport) {
        session.edit(p -> p.coding().setInReport(row.segmentId(), inReport));
    }

    /**
     * Leaves {@code [from, to)} of the passage's words out of its quote; blanks at the edges of the
     * selection are not part of the omission. Does nothing for an empty selection.
     */
    public void omit(QuoteRow row, int from, int to) {
        String text = row.passage();
        int a = Math.max(0, Math.min(from, to));
        int b = Math.min(text.length(), Math.max(from, to));
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return;
        }
        int start = row.start() + a;
        int end = row.start() + b;
        session.edit(p -> p.omissions().add(row.segmentId(), start, end));
    }

    public void removeOmission(Omission omission) {
        session.edit(p -> p.omissions().remove(omission));
    }

    public void undo() {
        session.undo();
    }

    private void reload() {
        session.read(p -> {
            ReportData data = p.reporting().data();
            Map<Long, List<Quote>> byCode = data.quotesByCode();
            List<QuoteGroup> out = new ArrayList<>();
            for (Category category : data.categories()) {
                for (long codeId : category.codeIds()) {
                    data.codes().stream().filter(c -> c.id() == codeId).findFirst()
                            .ifPresent(c -> addGroup(out, category.name(), c, byCode.getOrDefault(codeId, List.of()), p));
                }
            }
            for (Code c : data.uncategorised()) {
                addGroup(out, "", c, byCode.getOrDefault(c.id(), List.of()), p);
            }
            return out;
        }, groups::setAll);
    }

    private static void addGroup(List<QuoteGroup> out, String category, Code code, List<Quote> quotes, org.tema.app.Project p) {
        if (quotes.isEmpty()) {
            return;
        }
        List<QuoteRow> rows = quotes.stream()
                .map(q -> new QuoteRow(q, code.label(), category, p.omissions().of(q.segment().id()))).toList();
        out.add(new QuoteGroup(category, code, rows));
    }
}
