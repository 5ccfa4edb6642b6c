package org.tema.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.tema.analysis.Charts;
import org.tema.analysis.CodeMatrices;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.PassageFilter;
import org.tema.model.Code;
import org.tema.model.CodedPassage;

/**
 * The tables and charts of the categorisation phase over the passages that pass a filter: which
 * codes co-occur, and how the codes spread over documents, groups and participants.
 */
public final class Matrices {
    /** What a matrix cell counts. */
    public enum Measure { PASSAGES, WORDS }

    private final Stores stores;
    private final Retrieval retrieval;

    public Matrices(Stores stores, Retrieval retrieval) {
        this.stores = stores;
        this.retrieval = retrieval;
    }

    /** Code × code: pairs of co-occurring passages; rows and columns in code-book order. */
    public CodeMatrix cooccurrence(Cooccurrence.Mode mode, PassageFilter filter) {
        return cooccurrence(stores.codes().list(), mode, filter);
    }

    /** Code × code with rows and columns for the given codes in the given order (for example by category). */
    public CodeMatrix cooccurrence(List<Code> codes, Cooccurrence.Mode mode, PassageFilter filter) {
        return Cooccurrence.matrix(codes, retrieval.allCoded(filter), mode);
    }

    /** The passages behind a co-occurrence cell, each pair as the row code's passage and the column code's. */
    public List<Cooccurrence.Pair> cooccurring(long rowCodeId, long columnCodeId, Cooccurrence.Mode mode, PassageFilter filter) {
        return Cooccurrence.pairs(retrieval.coded(List.of(rowCodeId, columnCodeId), filter), rowCodeId, columnCodeId, mode);
    }

    /** The distinct passages behind a co-occurrence cell, with their words, by document and position. */
    public List<RetrievedPassage> cooccurringPassages(long rowCodeId, long columnCodeId, Cooccurrence.Mode mode,
                                                      PassageFilter filter) {
        Map<Long, CodedPassage> distinct = new LinkedHashMap<>();
        for (Cooccurrence.Pair pair : cooccurring(rowCodeId, columnCodeId, mode, filter)) {
            distinct.putIfAbsent(pair.first().segmentId(), pair.first());
            distinct.putIfAbsent(pair.second().segmentId(), pair.second());
        }
        List<CodedPassage> ordered = new ArrayList<>(distinct.values());
        ordered.sort(Comparator.comparingLong(CodedPassage::documentId).thenComparingInt(CodedPassage::start)
                .thenComparingInt(CodedPassage::end));
        return retrieval.withText(ordered);
    }

    public CodeMatrix byDocument(Measure measure, PassageFilter filter) {
        return CodeMatrices.byDocument(stores.codes().list(), stores.documents().list(), retrieval.allCoded(filter), counter(measure));
    }

    public CodeMatrix byGroup(Measure measure, PassageFilter filter) {
        return CodeMatrices.byGroup(stores.codes().list(), retrieval.groups(), retrieval.allCoded(filter), counter(measure));
    }

    /** Code × participant; interviewers get a column only when the filter lets their passages in. */
    public CodeMatrix byParticipant(Measure measure, PassageFilter filter) {
        return CodeMatrices.byParticipant(stores.codes().list(), stores.participants().list().stream()
                .filter(p -> filter.includeInterviewer() || !p.interviewer()).toList(), retrieval.allCoded(filter), counter(measure));
    }

    /** Bar chart: passages per code, in code-book order. */
    public List<Charts.Bar> passagesPerCode(PassageFilter filter) {
        return Charts.passagesPerCode(stores.codes().list(), retrieval.allCoded(filter));
    }

    /** Bar chart: the number of different codes used in each group. */
    public List<Charts.Bar> codesPerGroup(PassageFilter filter) {
        return Charts.codesPerGroup(retrieval.allCoded(filter));
    }

    private ToIntFunction<CodedPassage> counter(Measure measure) {
        return measure == Measure.PASSAGES ? CodeMatrices.PASSAGES : new CodedPassageTexts(stores)::words;
    }
}
