package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tema.analysis.PassageFilter;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Document;

class RetrievalTest extends OfficesTest {
    private static List<String> texts(List<RetrievedPassage> passages) {
        return passages.stream().map(RetrievedPassage::text).toList();
    }

    @Test
    void aCodesPassagesComeWithSpeakerGroupDocumentAndWords() {
        List<RetrievedPassage> got = o.project.retrieval().ofCode(o.tillit.id(), PassageFilter.DEFAULT);
        assertEquals(List.of("Vi stoler på hverandre.", "Tillit bygger vi over tid."), texts(got));
        RetrievedPassage first = got.get(0);
        assertEquals("Anne", first.speaker());
        assertEquals("Kontor A", first.group());
        assertEquals("Kontor A", first.documentName());
        assertEquals(o.anne.id(), first.passage().participantId());
        assertEquals(Offices.at(Offices.TEXT_A, "Vi stoler"), first.start());
        assertEquals("Tillit", first.code().name());
        assertEquals("Berit", got.get(1).speaker());
        assertEquals("Kontor B", got.get(1).group());
    }

    @Test
    void aCategoryGathersItsCodesPassagesByDocumentAndPosition() {
        Category c = o.project.categories().create("Relasjoner", "");
        o.project.categories().addCode(c.id(), o.tid.id(), 0);
        o.project.categories().addCode(c.id(), o.tillit.id(), 1);
        assertEquals(List.of("Vi stoler på hverandre.", "Tid er det vi mangler mest.", "Tillit bygger vi over tid.",
                "over tid. Det tar tid"), texts(o.project.retrieval().ofCategory(c.id(), PassageFilter.DEFAULT)));
        assertEquals(List.of(o.samarbeid), o.project.retrieval().uncategorisedCodes());
    }

    @Test
    void interviewerTurnsAreLeftOutUnlessAskedFor() {
        assertEquals(List.of("hverandre. Samarbeidet med Nav går fint.", "Samarbeid tar tid."),
                texts(o.project.retrieval().ofCode(o.samarbeid.id(), PassageFilter.DEFAULT)));
        List<RetrievedPassage> all = o.project.retrieval().ofCode(o.samarbeid.id(), PassageFilter.EVERYTHING);
        assertEquals("Hva tenker dere om samarbeidet?", all.get(0).text());
        assertEquals("Intervjuer", all.get(0).speaker());
        assertEquals("Kontor A", all.get(0).group()); // the interviewer has no group: the document's
    }

    @Test
    void filtersByGroupAttributeDocumentAndCoder() {
        Retrieval r = o.project.retrieval();
        List<Long> all = List.of(o.tillit.id(), o.samarbeid.id(), o.tid.id());
        assertEquals(List.of("Tillit bygger vi over tid.", "over tid. Det tar tid"),
                texts(r.ofCodes(all, PassageFilter.DEFAULT.withGroups(Set.of("Kontor B")))));
        PassageFilter socialWork = r.withAttribute(PassageFilter.DEFAULT, "background", "Sosialt arbeid");
        assertEquals(List.of("Vi stoler på hverandre.", "hverandre. Samarbeidet med Nav går fint.",
                "Tillit bygger vi over tid.", "over tid. Det tar tid"), texts(r.ofCodes(all, socialWork)));
        assertEquals(List.of("Tid er det vi mangler mest.", "Samarbeid tar tid."),
                texts(r.ofCodes(all, r.withAttribute(PassageFilter.DEFAULT, "portfolio", " 93 ").withDocuments(Set.of(o.a.id())))));
        long coder = o.project.stores().coders().findByName(o.project.coder().name()).orElseThrow().id();
        assertEquals(6, r.ofCodes(all, PassageFilter.DEFAULT.withCoders(Set.of(coder))).size());
        assertEquals(0, r.ofCodes(all, PassageFilter.DEFAULT.withCoders(Set.of(coder + 1))).size());
        assertThrows(IllegalArgumentException.class, () -> r.withAttribute(PassageFilter.DEFAULT, "portfolio", "many"));
        assertThrows(IllegalArgumentException.class, () -> r.withAttribute(PassageFilter.DEFAULT, "age", "30"));
    }

    @Test
    void aPassageStartingOnASpeakerLabelBelongsToTheTurnThatBeginsInsideIt() {
        int start = Offices.at(Offices.TEXT_A, "Arild: Tid");
        o.project.coding().apply(o.a.id(), o.tillit.id(), start, start + "Arild: Tid".length());
        RetrievedPassage p = o.project.retrieval().ofCode(o.tillit.id(), PassageFilter.DEFAULT).get(1);
        assertEquals("Arild: Tid", p.text());
        assertEquals("Arild", p.speaker());
    }

    @Test
    void wordsAfterAnEmojiAreCutAtTheRightPlace(@org.junit.jupiter.api.io.TempDir Path other) {
        try (Project p = org.tema.TestProjects.withInterview(other)) {
            Document d = p.documents().list().get(0);
            Code c = p.codeBook().add(null, "", "Åpenhet");
            int[] r = org.tema.TestProjects.rangeOf("😀 for oss.");
            p.coding().apply(d.id(), c.id(), r[0], r[1]);
            RetrievedPassage got = p.retrieval().ofCode(c.id(), PassageFilter.DEFAULT).get(0);
            assertEquals("😀 for oss.", got.text());
            assertEquals("Bjørn", got.speaker());
            assertEquals(2, p.matrices().byDocument(Matrices.Measure.WORDS, PassageFilter.DEFAULT).row(c.id()).total()); // «for oss»
        }
    }

    @Test
    void severalValuesOfAnAttributeAreAlternatives() {
        Retrieval r = o.project.retrieval();
        List<Long> all = List.of(o.tillit.id(), o.samarbeid.id(), o.tid.id());
        assertEquals(List.of("Vi stoler på hverandre.", "hverandre. Samarbeidet med Nav går fint.", "Tid er det vi mangler mest.",
                "Samarbeid tar tid."), texts(r.ofCodes(all, r.withAttribute(PassageFilter.DEFAULT, "portfolio", List.of("14", " 93")))));
        assertEquals(6, r.ofCodes(all, r.withAttribute(PassageFilter.DEFAULT, "background", List.of("Helse", "Sosialt arbeid"))).size());
        assertEquals(List.of("14", "50", "93"), r.valuesOf(o.portfolio));
        assertEquals(List.of("Helse", "Sosialt arbeid"), r.valuesOf(o.background));
        assertThrows(IllegalArgumentException.class, () -> r.withAttribute(PassageFilter.DEFAULT, "portfolio", List.of("14", "many")));
    }

    @Test
    void groupsAreThoseOfDocumentsAndParticipants() {
        assertEquals(List.of("Kontor A", "Kontor B"), o.project.retrieval().groups());
    }
}
