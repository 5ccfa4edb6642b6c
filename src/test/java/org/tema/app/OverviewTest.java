package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Code;
import org.tema.model.Document;

class OverviewTest {
    @TempDir
    Path dir;

    @Test
    void countsPassagesPerCodeAndUncodedWordsPerDocument() {
        try (Project p = Project.create(dir.resolve("o.tema"))) {
            String text = "one two three four five six seven eight nine ten";
            Document d = p.documents().add("Doc", "doc.txt", "txt", text, "", null, List.of());
            Code a = p.codeBook().add(null, "1", "A");
            Code b = p.codeBook().add(null, "2", "B");
            p.coding().apply(d.id(), a.id(), 0, 7); // one two
            p.coding().apply(d.id(), b.id(), 4, 13); // two three (overlaps)
            assertEquals(1, p.overview().passagesPerCode().get(a.id()));
            assertEquals(1, p.overview().passagesPerCode().get(b.id()));
            Overview.DocumentStatus s = p.overview().documents().get(0);
            assertEquals(2, s.passages());
            assertEquals(10, s.words());
            assertEquals(7, s.uncodedWords());
            assertEquals(70, s.uncodedPercent());
        }
    }
}
