package org.tema.io.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An analyst's work kept as text, so it survives edits of the transcripts: own codes, codings as
 * document + exact quote + codes (by guide number or name), categories, document memos and
 * journal entries. This is the shape of the sample's {@code analysis.json}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Analysis(List<OwnCode> codes, List<QuoteCoding> codings, List<CategoryEntry> categories,
                       List<DocumentMemo> documentMemos, List<JournalItem> journal) {
    public Analysis {
        codes = nz(codes);
        codings = nz(codings);
        categories = nz(categories);
        documentMemos = nz(documentMemos);
        journal = nz(journal);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OwnCode(String name, String parent, String colour, String description, String whenToUse,
                          String whenNotToUse, String example, String memo, String summary) {
    }

    /**
     * A coding: the exact quote in its document, its codes and memo; {@code inReport} marks it to be
     * quoted in the report, and {@code omit} lists words inside the quote to print as (...).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuoteCoding(String document, String quote, List<String> codes, String memo, boolean inReport,
                              List<String> omit) {
        public QuoteCoding {
            codes = nz(codes);
            omit = nz(omit);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategoryEntry(String name, String description, String memo, List<String> codes) {
        public CategoryEntry {
            codes = nz(codes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentMemo(String document, String memo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record JournalItem(String date, String text) {
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
