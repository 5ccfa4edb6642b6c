package org.tema.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tema.analysis.AttributeFacts;
import org.tema.analysis.CodeMatrix;
import org.tema.model.Attribute;
import org.tema.model.AttributeValue;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Participant;

/**
 * What the reports and tables are made from, read from a project once: codes in tree order, categories
 * in the analyst's order, every coded passage as a {@link Quote} (by code, in document order), the
 * participants with their attribute values, and the results of the analysis that the reports show as
 * they are (the co-occurrence and code × group matrices, the figures of each code, the participants'
 * facts), so that a report never shows other numbers than the program does.
 */
public record ReportData(String projectName, List<Code> codes, List<Category> categories,
                         Map<Long, List<Quote>> quotesByCode,
                         List<Participant> participants, List<Attribute> attributes, List<AttributeValue> values,
                         Analysis analysis) {
    /**
     * The analysis results the reports show: the co-occurrence matrix (code × code; its diagonal is
     * zero), the code × group matrix (passages per code and group; a row's total is the code's number
     * of passages), each code's figures read off the matrices of the same passages, and the facts of
     * each participant attribute.
     */
    public record Analysis(CodeMatrix coOccurrence, CodeMatrix codeByGroup, Map<Long, CodeFigures> figures,
                           List<AttributeFacts> facts) {
        public Analysis {
            figures = Map.copyOf(figures);
            facts = List.copyOf(facts);
        }
    }

    public CodeMatrix coOccurrence() {
        return analysis.coOccurrence();
    }

    public CodeMatrix codeByGroup() {
        return analysis.codeByGroup();
    }

    public List<AttributeFacts> facts() {
        return analysis.facts();
    }

    /** The participants who are not interviewers, in the order of the project. */
    public List<Participant> interviewees() {
        return participants.stream().filter(p -> !p.interviewer()).toList();
    }

    public Code code(long id) {
        return codes.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no code with id " + id));
    }

    /** The code's place in the tree, e.g. «Rammer / Tid»; the label alone at the top level. */
    public String codePath(Code code) {
        List<String> names = new ArrayList<>();
        for (Code c = code; c != null; c = c.parentId() == null ? null : code(c.parentId())) {
            names.add(0, c.label());
        }
        return String.join(" / ", names);
    }

    public Optional<Category> categoryOf(long codeId) {
        return categories.stream().filter(c -> c.codeIds().contains(codeId)).findFirst();
    }

    /** Codes in no category, in tree order. */
    public List<Code> uncategorised() {
        return codes.stream().filter(c -> categoryOf(c.id()).isEmpty()).toList();
    }

    public CodeFigures figures(long codeId) {
        return analysis.figures().getOrDefault(codeId, CodeFigures.NONE);
    }

    public List<Quote> quotes(long codeId) {
        return quotesByCode.getOrDefault(codeId, List.of());
    }

    /** The quotes of a code that the report prints: see {@link QuoteSelection}. */
    public List<Quote> quotes(long codeId, QuoteSelection selection) {
        List<Quote> all = quotes(codeId);
        if (selection == QuoteSelection.ALL || !anyMarked()) {
            return all;
        }
        return all.stream().filter(q -> q.segment().inReport()).toList();
    }

    /** True when at least one passage of the project is marked "use in report". */
    public boolean anyMarked() {
        return quotesByCode.values().stream().flatMap(List::stream).anyMatch(q -> q.segment().inReport());
    }

    /** A participant's value of an attribute, or "" when it has none. */
    public String value(long participantId, long attributeId) {
        return values.stream().filter(v -> v.participantId() == participantId && v.attributeId() == attributeId)
                .map(AttributeValue::value).findFirst().orElse("");
    }
}
