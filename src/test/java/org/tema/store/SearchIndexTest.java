package org.tema.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.TestProjects;
import org.tema.app.Project;
import org.tema.model.SearchHit;

class SearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void findsNorwegianWordsWhateverTheirCase() {
        try (Project p = TestProjects.withInterview(dir)) {
            List<SearchHit> hits = p.search("ÅPENHET");
            assertEquals(1, hits.size());
            SearchHit hit = hits.get(0);
            assertEquals("Åpenhet", TestProjects.INTERVIEW.substring(hit.start(), hit.end()));
            assertEquals("Kontor B intervju", hit.documentName());
            assertTrue(hit.snippet().contains("[Åpenhet]"), hit.snippet());
            assertEquals(1, p.search("møtes").size());
            assertEquals(1, p.search("MØTES").size());
        }
    }

    @Test
    void wordsMatchWholeWordsOnly() {
        try (Project p = TestProjects.withInterview(dir)) {
            assertEquals(2, p.search("tillit").size());
            assertEquals(0, p.search("till").size());
        }
    }

    @Test
    void prefixQueryFindsEveryWordThatStartsSo() {
        try (Project p = TestProjects.withInterview(dir)) {
            List<SearchHit> hits = p.search("møte*");
            assertEquals(List.of("møter", "møtes"), hits.stream()
                    .map(h -> TestProjects.INTERVIEW.substring(h.start(), h.end())).toList());
        }
    }

    @Test
    void phraseQueryMatchesWordsInARowAcrossPunctuation() {
        try (Project p = TestProjects.withInterview(dir)) {
            List<SearchHit> hits = p.search("\"enig åpenhet\"");
            assertEquals(1, hits.size());
            assertEquals("enig. Åpenhet", TestProjects.INTERVIEW.substring(hits.get(0).start(), hits.get(0).end()));
            assertEquals(0, p.search("\"åpenhet enig\"").size());
        }
    }

    @Test
    void allWordsMustOccurInADocumentAndEachIsReported() {
        try (Project p = TestProjects.withInterview(dir)) {
            assertEquals(3, p.search("tillit video").size());
            assertEquals(0, p.search("tillit blåbær").size());
        }
    }

    @Test
    void positionsAfterAnEmojiAreInUtf16Units() {
        try (Project p = TestProjects.withInterview(dir)) {
            SearchHit hit = p.search("oss").get(0);
            assertEquals(TestProjects.INTERVIEW.indexOf("oss"), hit.start());
        }
    }

    @Test
    void queriesWithoutWordsOrWithFtsSyntaxFindNothingAndDoNotFail() {
        try (Project p = TestProjects.withInterview(dir)) {
            assertEquals(List.of(), p.search(""));
            assertEquals(List.of(), p.search("  ()*: "));
            assertEquals(0, p.search("NEAR(åpenhet").size());
            assertEquals(1, p.search("åpenhet)").size());
            assertEquals(0, p.search("\"unclosed AND OR").size());
        }
    }

    @Test
    void searchFollowsEditsAndUndo() {
        try (Project p = TestProjects.withInterview(dir)) {
            long doc = p.documents().list().get(0).id();
            int at = TestProjects.INTERVIEW.indexOf("video");
            p.documents().editText(doc, at, at + 5, "telefon");
            assertEquals(0, p.search("video").size());
            assertEquals(1, p.search("telefon").size());
            p.history().undo();
            assertEquals(1, p.search("video").size());
            assertEquals(0, p.search("telefon").size());
        }
    }

    @Test
    void limitStopsAtTheFirstHits() {
        try (Project p = TestProjects.withInterview(dir)) {
            TestProjects.addInterview(p, "Kontor A");
            assertEquals(4, p.search("tillit").size());
            assertEquals(3, p.search("tillit", 3).size());
        }
    }
}
