package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.analysis.Charts;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.Cooccurrence.Mode;
import org.tema.analysis.PassageFilter;
import org.tema.app.Matrices.Measure;

class MatricesTest extends OfficesTest {
    @Test
    void cooccurrenceCountsOverlappingPassagesOfTheProject() {
        CodeMatrix m = project.matrices().cooccurrence(Mode.OVERLAP, PassageFilter.DEFAULT);
        assertArrayEquals(new long[] {0, 1, 1}, m.row(o.tillit.id()).cells());
        assertArrayEquals(new long[] {1, 0, 0}, m.row(o.samarbeid.id()).cells());
        assertEquals(List.of("1 Tillit", "2 Samarbeid", "3 Tid"), m.columns().stream().map(CodeMatrix.Column::label).toList());
    }

    @Test
    void sameTurnAddsArildsTwoSentences() {
        CodeMatrix m = project.matrices().cooccurrence(Mode.SAME_TURN, PassageFilter.DEFAULT);
        assertArrayEquals(new long[] {1, 1, 0}, m.row(o.tid.id()).cells());
    }

    @Test
    void aCellsPassagesAreThePairsBehindIt() {
        List<Cooccurrence.Pair> pairs = project.matrices().cooccurring(o.tid.id(), o.tillit.id(), Mode.OVERLAP, PassageFilter.DEFAULT);
        assertEquals(1, pairs.size());
        List<RetrievedPassage> read = project.retrieval().withText(List.of(pairs.get(0).first(), pairs.get(0).second()));
        assertEquals(List.of("over tid. Det tar tid", "Tillit bygger vi over tid."), read.stream().map(RetrievedPassage::text).toList());
    }

    @Test
    void aCellsDistinctPassagesAreListedInTextOrder() {
        List<RetrievedPassage> read = project.matrices().cooccurringPassages(o.samarbeid.id(), o.tid.id(), Mode.SAME_TURN,
                PassageFilter.DEFAULT);
        assertEquals(List.of("Tid er det vi mangler mest.", "Samarbeid tar tid."), read.stream().map(RetrievedPassage::text).toList());
        assertEquals(List.of(), project.matrices().cooccurringPassages(o.samarbeid.id(), o.tid.id(), Mode.OVERLAP,
                PassageFilter.DEFAULT));
    }

    @Test
    void codeByDocumentCountsPassagesOrWords() {
        CodeMatrix passages = project.matrices().byDocument(Measure.PASSAGES, PassageFilter.DEFAULT);
        assertArrayEquals(new long[] {2, 0}, passages.row(o.samarbeid.id()).cells());
        assertEquals(6, passages.grandTotal());
        CodeMatrix words = project.matrices().byDocument(Measure.WORDS, PassageFilter.DEFAULT);
        assertArrayEquals(new long[] {4, 5}, words.row(o.tillit.id()).cells()); // «Vi stoler på hverandre.», «Tillit bygger vi over tid.»
        assertArrayEquals(new long[] {9, 0}, words.row(o.samarbeid.id()).cells()); // 6 + 3
        assertEquals(List.of("Kontor A", "Kontor B"), words.columns().stream().map(CodeMatrix.Column::label).toList());
    }

    @Test
    void codeByGroupAndByParticipant() {
        CodeMatrix groups = project.matrices().byGroup(Measure.PASSAGES, PassageFilter.EVERYTHING);
        assertArrayEquals(new long[] {3, 0}, groups.row(o.samarbeid.id()).cells());
        CodeMatrix people = project.matrices().byParticipant(Measure.PASSAGES, PassageFilter.DEFAULT);
        assertEquals(List.of("Anne", "Arild", "Berit"), people.columns().stream().map(CodeMatrix.Column::label).toList());
        assertArrayEquals(new long[] {1, 1, 0}, people.row(o.samarbeid.id()).cells());
        assertEquals(4, project.matrices().byParticipant(Measure.PASSAGES, PassageFilter.EVERYTHING).columns().size());
    }

    @Test
    void chartsCountPassagesPerCodeAndCodesPerGroup() {
        assertEquals(List.of(new Charts.Bar("1 Tillit", 2), new Charts.Bar("2 Samarbeid", 3), new Charts.Bar("3 Tid", 2)),
                project.matrices().passagesPerCode(PassageFilter.EVERYTHING));
        assertEquals(List.of(new Charts.Bar("Kontor A", 3), new Charts.Bar("Kontor B", 2)),
                project.matrices().codesPerGroup(PassageFilter.DEFAULT));
    }
}
