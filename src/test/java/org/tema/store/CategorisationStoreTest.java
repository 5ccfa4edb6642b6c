package org.tema.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.CodedPassage;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SummaryCell;

class CategorisationStoreTest {
    @TempDir
    Path dir;
    ProjectFile file;
    long document;
    long anne;
    List<Long> codes = new ArrayList<>();

    @BeforeEach
    void fill() {
        file = ProjectFile.create(dir.resolve("s.tema"));
        String text = "x".repeat(10_000); // long enough to need overflow pages before the group column
        document = new DocumentRepository(file).insert(new Document(0, "d", "Kontor A intervju", "a.txt", "txt", 1,
                "Kontor A", null, ""), text);
        anne = new ParticipantRepository(file).insert(new Participant(0, "p", "Anne", "Kontor B", false, ""));
        long coder = new CoderRepository(file).obtain("tester").id();
        CodeRepository codeRepo = new CodeRepository(file);
        SegmentRepository segments = new SegmentRepository(file);
        for (int i = 0; i < 70; i++) {
            long code = codeRepo.insert(new Code(0, "c" + i, null, "", "Kode " + i, "#000000", CodeDefinition.EMPTY, "", "", i));
            codes.add(code);
            segments.insert(new Segment(0, "s" + i, document, code, 100 * i, 100 * i + 50, coder, Instant.EPOCH, "", false));
        }
    }

    @AfterEach
    void close() {
        file.close();
    }

    @Test
    void passagesComeWithTheirDocumentsGroupInTextOrder() {
        List<CodedPassage> all = new CodedPassageQuery(file).all();
        assertEquals(70, all.size());
        assertEquals("Kontor A", all.get(0).group());
        assertEquals(100, all.get(1).start());
        assertEquals(codes.get(1), all.get(1).codeId());
    }

    @Test
    void fewAndManyCodesGiveTheSamePassagesEitherWay() {
        CodedPassageQuery q = new CodedPassageQuery(file);
        List<Long> few = List.of(codes.get(5), codes.get(2));
        assertEquals(List.of(200, 500), q.ofCodes(few).stream().map(CodedPassage::start).toList());
        List<Long> many = codes.subList(0, 65); // more than one query's worth: read in one pass
        assertEquals(65, q.ofCodes(many).size());
        assertEquals(q.all().subList(0, 65), q.ofCodes(many));
        assertEquals(List.of(), q.ofCodes(List.of()));
    }

    @Test
    void documentLabelsReadNamesAndGroupsOfDocumentsAndParticipants() {
        DocumentLabels labels = new DocumentLabels(file);
        assertEquals(Map.of(document, "Kontor A intervju"), labels.names());
        assertEquals(List.of("Kontor A", "Kontor B"), labels.groups().stream().sorted().toList());
    }

    @Test
    void summaryCellsAreReplacedClearedAndGoWithTheirCode() {
        SummaryCellRepository cells = new SummaryCellRepository(file);
        long code = codes.get(0);
        cells.put(new SummaryCell(code, anne, null, "først"));
        cells.put(new SummaryCell(code, anne, null, "så"));
        cells.put(new SummaryCell(code, null, "Kontor B", "gruppe"));
        assertEquals("så", cells.find(code, anne, null).orElseThrow().text());
        assertEquals(2, cells.ofCode(code).size());
        cells.put(new SummaryCell(code, null, "Kontor B", ""));
        assertTrue(cells.find(code, null, "Kontor B").isEmpty());
        new CodeRepository(file).delete(code); // its segment goes too (cascade)
        assertEquals(List.of(), cells.list());
    }

    @Test
    void aCellBelongsToExactlyOneParticipantOrGroup() {
        assertThrows(IllegalArgumentException.class, () -> new SummaryCell(1, 1L, "Kontor A", "x"));
        assertThrows(StoreException.class, () -> file.sql().update(
                "INSERT INTO summary_cell (code_id, participant_id, group_name, text) VALUES (?, NULL, NULL, 'x')", codes.get(0)));
    }
}
