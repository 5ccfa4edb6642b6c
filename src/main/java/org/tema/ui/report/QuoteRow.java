package org.tema.ui.report;

import java.util.List;
import org.tema.report.Quote;
import org.tema.model.Omission;

/**
 * A coded passage as the quote picker shows it: the quote (with its words and where it comes from),
 * the code's label and the category it falls under, and the parts left out of it.
 */
public record QuoteRow(Quote quote, String code, String category, List<Omission> omissions) {
    public QuoteRow {
        omissions = List.copyOf(omissions);
    }

    public long segmentId() {
        return quote.segment().id();
    }

    public boolean inReport() {
        return quote.segment().inReport();
    }

    /** The passage's words, without omissions; offsets in it count from the passage's start. */
    public String passage() {
        return quote.passage();
    }

    /** Where the passage starts in its document's text. */
    public int start() {
        return quote.segment().start();
    }
}
