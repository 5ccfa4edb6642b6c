package org.tema.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.io.demo.Analysis;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Colours;
import org.tema.model.Document;
import org.tema.model.Segment;

/**
 * Applies an analyst's work to a project whose transcripts and guide codes are in place: own codes
 * with definitions, memos and summaries; each coding located by its exact quote in its document,
 * perhaps marked for the report with words left out;
 * categories; document memos; journal entries. A quote that is not found stops it, naming the quote.
 */
public final class ApplyAnalysis {
    private final Project project;
    private final Map<String, String> texts = new HashMap<>();

    public ApplyAnalysis(Project project) {
        this.project = project;
    }

    public void run(Analysis analysis) {
        analysis.codes().forEach(this::code);
        analysis.codings().forEach(this::coding);
        for (Analysis.CategoryEntry c : analysis.categories()) {
            Category cat = project.categories().create(c.name(), nz(c.description()));
            if (!nz(c.memo()).isEmpty()) {
                project.categories().setMemo(cat.id(), c.memo());
            }
            List<String> codes = c.codes();
            for (int i = 0; i < codes.size(); i++) {
                project.categories().addCode(cat.id(), project.codeBook().find(codes.get(i)).id(), i);
            }
        }
        analysis.documentMemos().forEach(m -> project.documents().setMemo(document(m.document()).id(), m.memo()));
        analysis.journal().forEach(j -> project.journal().add(LocalDate.parse(j.date()), j.text()));
    }

    private void code(Analysis.OwnCode c) {
        CodeBook book = project.codeBook();
        Long parent = c.parent() == null || c.parent().isBlank() ? null : book.find(c.parent()).id();
        String colour = c.colour() == null ? Colours.forIndex(book.codes().size()) : c.colour();
        Code code = book.add(parent, "", c.name(), colour,
                new CodeDefinition(c.description(), c.whenToUse(), c.whenNotToUse(), c.example()));
        if (!nz(c.memo()).isEmpty()) {
            book.setMemo(code.id(), c.memo());
        }
        if (!nz(c.summary()).isEmpty()) {
            book.setSummary(code.id(), c.summary());
        }
    }

    private void coding(Analysis.QuoteCoding c) {
        Document doc = document(c.document());
        String text = texts.computeIfAbsent(c.document(), k -> project.documents().text(doc.id()));
        int start = text.indexOf(c.quote());
        if (c.quote().isBlank() || start < 0) {
            throw new IllegalArgumentException("The quote «" + c.quote() + "» was not found in «" + c.document() + "»");
        }
        for (int i = 0; i < c.codes().size(); i++) {
            Code code = project.codeBook().find(c.codes().get(i));
            Segment s = project.coding().apply(doc.id(), code.id(), start, start + c.quote().length());
            if (i == 0 && !nz(c.memo()).isEmpty()) {
                project.coding().setMemo(s.id(), c.memo()); // one memo on the passage, not one per code
            }
            if (c.inReport()) {
                project.coding().setInReport(s.id(), true);
            }
            for (String words : c.omit()) {
                int at = c.quote().indexOf(words);
                if (words.isBlank() || at < 0) {
                    throw new IllegalArgumentException("The words «" + words + "» to leave out are not in the quote «" + c.quote() + "»");
                }
                project.omissions().add(s.id(), start + at, start + at + words.length());
            }
        }
    }

    private Document document(String name) {
        return project.documents().find(name);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
