package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.analysis.PassageFilter;
import org.tema.app.RetrievedPassage;
import org.tema.model.Coder;
import org.tema.ui.common.ProjectSession;
import org.tema.ui.common.SameThreadTaskRunner;

/** Several values per filter field narrow the real passages of a three-office project to those of the chosen values. */
class FilterModelTest {
    @TempDir
    Path dir;
    ThreeOffices offices;
    ProjectSession session;
    FilterModel filter;

    @BeforeEach
    void open() {
        offices = new ThreeOffices(dir);
        session = new ProjectSession(offices.project, new SameThreadTaskRunner(), e -> {
            throw new AssertionError(e);
        });
        filter = new FilterModel(session);
    }

    @AfterEach
    void close() {
        offices.project.close();
    }

    /** The words of every passage of both codes that the current choice lets through, by document. */
    private List<String> passages() {
        PassageFilter f = filter.choiceProperty().get().toFilter(offices.project);
        return offices.project.retrieval().ofCodes(List.of(offices.tillit.id(), offices.tid.id()), f).stream()
                .map(p -> p.speaker() + ": " + p.text()).distinct().toList();
    }

    @Test
    void twoOfThreeOfficesGiveExactlyThePassagesOfThoseTwo() {
        assertEquals(List.of("Kontor A", "Kontor B", "Kontor C"), filter.groups().options());
        filter.groups().choose("Kontor A", true);
        filter.groups().choose("Kontor C", true);
        assertEquals(Set.of("Kontor A", "Kontor C"), filter.choiceProperty().get().groups());
        assertEquals(List.of("Anne: " + ThreeOffices.ANNE, "Camilla: " + ThreeOffices.CAMILLA), passages());
        filter.groups().choose("Kontor A", false);
        assertEquals(List.of("Camilla: " + ThreeOffices.CAMILLA), passages());
    }

    @Test
    void twoOfThreeTranscriptsGiveTheirPassagesOnly() {
        filter.documents().choose(offices.documents.get(1), true);
        filter.documents().choose(offices.documents.get(2), true);
        assertEquals(List.of("Berit: " + ThreeOffices.BERIT, "Camilla: " + ThreeOffices.CAMILLA), passages());
    }

    @Test
    void severalCodersAreAlternatives() {
        Coder kari = filter.coders().options().stream().filter(c -> c.name().equals("Kari")).findFirst().orElseThrow();
        filter.coders().choose(kari, true);
        List<RetrievedPassage> karis = offices.project.retrieval().ofCodes(List.of(offices.tillit.id(), offices.tid.id()),
                filter.choiceProperty().get().toFilter(offices.project));
        assertEquals(List.of("2 Tid"), karis.stream().map(p -> p.code().label()).toList());
        filter.coders().options().forEach(c -> filter.coders().choose(c, true));
        assertEquals(4, offices.project.retrieval().ofCodes(List.of(offices.tillit.id(), offices.tid.id()),
                filter.choiceProperty().get().toFilter(offices.project)).size());
    }

    @Test
    void severalValuesOfAnAttributeAreAlternativesAndNumbersAreOfferedBySize() {
        filter.attributeProperty().set(filter.attributes().stream().filter(a -> a.name().equals("Portefølje")).findFirst().orElseThrow());
        assertEquals(List.of("14", "50", "93"), filter.values().options());
        assertEquals(FilterChoice.ANY, filter.choiceProperty().get(), "an attribute without a ticked value filters nothing");
        filter.values().choose("14", true);
        filter.values().choose("93", true);
        assertEquals(List.of("Anne: " + ThreeOffices.ANNE, "Camilla: " + ThreeOffices.CAMILLA), passages());
        filter.attributeProperty().set(filter.attributes().stream().filter(a -> a.name().equals("Bakgrunn")).findFirst().orElseThrow());
        assertEquals(List.of("Helse", "Pedagogikk", "Sosialt arbeid"), filter.values().options());
        assertEquals(3, passages().size(), "choosing another attribute starts with none of its values ticked");
        filter.values().choose("Helse", true);
        filter.groups().choose("Kontor B", true);
        filter.groups().choose("Kontor C", true);
        assertEquals(List.of("Berit: " + ThreeOffices.BERIT), passages());
    }

    @Test
    void clearingSetsEveryFieldBackToAnyInOneStep() {
        filter.groups().choose("Kontor A", true);
        filter.documents().choose(offices.documents.get(0), true);
        filter.includeInterviewerProperty().set(true);
        int[] published = {0};
        filter.choiceProperty().addListener((o, a, b) -> published[0]++);
        filter.clear();
        assertEquals(FilterChoice.ANY, filter.choiceProperty().get());
        assertEquals(1, published[0]);
        assertEquals(3, passages().size());
    }

    @Test
    void theSummaryNamesAFewShortChoicesAndCountsTheRest() {
        String none = "All groups";
        assertEquals(none, filter.groups().summary(none, n -> n + " groups"));
        filter.groups().choose("Kontor C", true);
        filter.groups().choose("Kontor A", true);
        assertEquals("Kontor A, Kontor C", filter.groups().summary(none, n -> n + " groups"), "in the order offered");
        filter.groups().choose("Kontor B", true);
        assertEquals("3 groups", filter.groups().summary(none, n -> n + " groups"));
    }

    @Test
    void aChosenTranscriptThatIsDeletedIsNoLongerChosen() {
        filter.documents().choose(offices.documents.get(0), true);
        filter.documents().choose(offices.documents.get(2), true);
        session.edit(p -> p.documents().delete(offices.documents.get(0).id()));
        assertEquals(2, filter.documents().options().size());
        assertEquals(Set.of(offices.documents.get(2).id()), filter.choiceProperty().get().documentIds());
        assertEquals(List.of("Camilla: " + ThreeOffices.CAMILLA), passages());
    }
}
