package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.refi.CodebookReader;
import org.tema.io.refi.RefiSchemas;
import org.tema.model.Code;

class CodebookExchangeTest {
    @TempDir
    Path dir;

    @Test
    void exportedCodebookValidatesAgainstTheCodebookSchema() throws Exception {
        try (Project p = RefiFixtures.richProject(dir.resolve("a.tema"))) {
            new ExchangeCodebook(p).exportQdc(dir.resolve("a.qdc"));
        }
        RefiSchemas.validateCodebook(Files.readAllBytes(dir.resolve("a.qdc")));
    }

    @Test
    void importIntoAnEmptyProjectAddsTheTreeAndASecondImportChangesNothing() throws Exception {
        List<String> original;
        try (Project p = RefiFixtures.richProject(dir.resolve("a.tema"))) {
            new ExchangeCodebook(p).exportQdc(dir.resolve("a.qdc"));
            original = tree(p);
        }
        try (Project q = Project.create(dir.resolve("b.tema"))) {
            ExchangeCodebook exchange = new ExchangeCodebook(q);
            CodebookImportPreview preview = exchange.preview(dir.resolve("a.qdc"));
            assertEquals(3, preview.added().size());
            assertEquals(2, preview.addedCategories().size());
            assertEquals(0, q.codeBook().codes().size(), "the preview changes nothing");
            exchange.apply(preview);
            assertEquals(original, tree(q));
            CodebookImportPreview again = exchange.preview(dir.resolve("a.qdc"));
            assertTrue(again.changesNothing(), again.lines().toString());
            assertEquals(3, again.unchanged());
            exchange.apply(again);
            assertEquals(3, q.codeBook().codes().size());
        }
    }

    @Test
    void codesWithTheSameGuidAreUpdatedAndUndoRestoresThem() throws Exception {
        try (Project p = Project.create(dir.resolve("a.tema"))) {
            ExchangeCodebook exchange = new ExchangeCodebook(p);
            exchange.apply(exchange.preview("one.qdc", CodebookReader.read(xml(
                    "<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes><Code guid='11111111-2222-3333-4444-555555555555' "
                    + "name='Trust' isCodable='true' color='#ff0000'/></Codes></CodeBook>"), "one.qdc")));
            Code before = p.codeBook().find("Trust");
            CodebookImportPreview preview = exchange.preview("two.qdc", CodebookReader.read(xml(
                    "<CodeBook xmlns='urn:QDA-XML:codebook:1:0'><Codes><Code guid='{11111111-2222-3333-4444-555555555555}' "
                    + "name='Confidence' isCodable='true' color='#0f0'><Description>Belief in others</Description>"
                    + "<Code guid='c2' name='In leaders' isCodable='true'/></Code></Codes><Sets/></CodeBook>"), "two.qdc"));
            assertEquals(1, preview.updated().size());
            assertEquals(1, preview.added().size());
            exchange.apply(preview);
            Code after = p.codeBook().get(before.id());
            assertEquals("Confidence", after.name());
            assertEquals("#00FF00", after.colour());
            assertEquals("Belief in others", after.definition().description());
            assertEquals(after.id(), p.codeBook().find("In leaders").parentId());
            p.history().undo();
            assertEquals(List.of(before), p.codeBook().codes());
            p.history().redo();
            assertEquals(2, p.codeBook().codes().size());
        }
    }

    @Test
    void readsOtherNamespacesNonGuidIdsAndEmptySets() throws Exception {
        for (String ns : List.of("urn:QDA-XML:codebook:1.0", "urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4", "")) {
            String attr = ns.isEmpty() ? "" : " xmlns='" + ns + "'";
            var book = CodebookReader.read(xml("<CodeBook" + attr + "><Codes><Code guid='c001' name='Parent' isCodable='true'>"
                    + "<Code guid='c002' name='Child' isCodable='false'/></Code></Codes><Sets/></CodeBook>"), "x.qdc");
            assertEquals(2, book.allCodes().size(), ns);
            assertTrue(book.allCodes().stream().allMatch(c -> c.guid().matches("[0-9a-f-]{36}")), ns);
            assertEquals(book.allCodes().get(0).guid(), CodebookReader.read(xml("<CodeBook" + attr + "><Codes><Code guid='c001' "
                    + "name='P' isCodable='true'/></Codes></CodeBook>"), "y.qdc").codes().get(0).guid(), "stable derived GUIDs");
        }
    }

    @Test
    void aProjectWithoutCodesHasNoCodebookToExport() throws Exception {
        try (Project p = Project.create(dir.resolve("a.tema"))) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> new ExchangeCodebook(p).exportQdc(dir.resolve("a.qdc")));
            assertTrue(e.getMessage().contains("a.qdc"));
            assertTrue(Files.notExists(dir.resolve("a.qdc")));
        }
    }

    private static ByteArrayInputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The code tree and categories by GUID: what a code book carries. */
    private static List<String> tree(Project p) {
        java.util.Map<Long, String> guid = new java.util.HashMap<>();
        p.codeBook().codes().forEach(c -> guid.put(c.id(), c.guid()));
        List<String> out = new java.util.ArrayList<>();
        p.codeBook().codes().forEach(c -> out.add(c.guid() + " " + guid.get(c.parentId()) + " " + c.number() + "|" + c.name()
                + "|" + c.colour() + "|" + c.definition() + "|" + c.position()));
        p.categories().list().forEach(c -> out.add(c.guid() + " " + c.name() + " " + c.description() + " "
                + c.codeIds().stream().map(guid::get).toList()));
        out.sort(null);
        return out;
    }
}
