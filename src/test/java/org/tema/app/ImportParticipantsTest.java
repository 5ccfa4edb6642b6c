package org.tema.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.io.ImportException;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Participant;

class ImportParticipantsTest {
    private static final String CSV = "pseudonym,group,portefølje,andel digital,mentor,startet,bakgrunn\n"
            + "Anne,Kontor A,58,0.5,ja,2011-08-15,Helse\n"
            + "Berit,Kontor B,93,\"0,25\",nei,2014-08-11,\"Pedagogikk, spesial\"\n";
    @TempDir
    Path dir;

    private Map<String, String> values(Project p, String pseudonym) {
        Participant x = p.participants().find(pseudonym).orElseThrow();
        Map<Long, String> names = p.participants().attributes().stream().collect(Collectors.toMap(Attribute::id, Attribute::name));
        return p.participants().values(x.id()).stream().collect(Collectors.toMap(v -> names.get(v.attributeId()), v -> v.value()));
    }

    @Test
    void csvColumnsBecomeTypedAttributes() throws Exception {
        Path f = Files.writeString(dir.resolve("deltakere.csv"), CSV);
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            ImportParticipants.Result r = new ImportParticipants(p).run(f);
            assertEquals(2, r.created());
            Map<String, AttributeType> types = p.participants().attributes().stream()
                    .collect(Collectors.toMap(Attribute::name, Attribute::type));
            assertEquals(Map.of("portefølje", AttributeType.INTEGER, "andel digital", AttributeType.DECIMAL,
                    "mentor", AttributeType.BOOLEAN, "startet", AttributeType.DATE, "bakgrunn", AttributeType.TEXT), types);
            assertEquals("Kontor B", p.participants().find("Berit").orElseThrow().group());
            assertEquals(Map.of("portefølje", "93", "andel digital", "0.25", "mentor", "false", "startet", "2014-08-11",
                    "bakgrunn", "Pedagogikk, spesial"), values(p, "Berit"));
        }
    }

    @Test
    void reimportUpdatesAndNeverDuplicatesAndMatchesImportedSpeakers() throws Exception {
        Path f = Files.writeString(dir.resolve("deltakere.csv"), CSV);
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            Participant speaker = p.participants().add("anne", "", false);
            new ImportParticipants(p).run(f);
            Files.writeString(f, CSV.replace("Anne,Kontor A,58", "Anne,Kontor A,60"));
            ImportParticipants.Result again = new ImportParticipants(p).run(f);
            assertEquals(0, again.created());
            assertEquals(2, again.updated());
            assertEquals(2, p.participants().list().size());
            assertEquals("60", values(p, "anne").get("portefølje"));
            assertEquals("Kontor A", p.participants().get(speaker.id()).group());
        }
    }

    @Test
    void semicolonCsvAndUndoRestoreTheProject() throws Exception {
        Path f = Files.writeString(dir.resolve("d.csv"), "Navn;Kontor;Alder\nCarl;Kontor C;41\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            new ImportParticipants(p).run(f);
            assertEquals("41", values(p, "Carl").get("Alder"));
            p.history().undo();
            assertEquals(0, p.counts().participants());
            assertTrue(p.participants().attributes().isEmpty());
            p.history().redo();
            assertEquals("41", values(p, "Carl").get("Alder"));
        }
    }

    @Test
    void xlsxCellsOfEveryKindAreRead() throws Exception {
        Path f = dir.resolve("d.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = book.createSheet();
            XSSFRow h = s.createRow(0);
            String[] headers = {"Pseudonym", "Gruppe", "Kandidater", "Startet", "Mentor"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            XSSFRow r = s.createRow(1);
            r.createCell(0).setCellValue("Cecilie");
            r.createCell(1).setCellValue("Kontor C");
            r.createCell(2).setCellValue(27);
            var date = r.createCell(3);
            date.setCellValue(LocalDate.of(2023, 1, 9));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            date.setCellStyle(style);
            r.createCell(4).setCellValue(true);
            book.write(out);
        }
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            new ImportParticipants(p).run(f);
            assertEquals(Map.of("Kandidater", "27", "Startet", "2023-01-09", "Mentor", "true"), values(p, "Cecilie"));
            assertEquals(AttributeType.DATE, p.participants().attributes().get(1).type());
        }
    }

    @Test
    void valueThatDoesNotFitAnExistingAttributeFailsAndChangesNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("d.csv"), "pseudonym,alder\nAnne,mange\n");
        try (Project p = Project.create(dir.resolve("p.tema"))) {
            p.participants().defineAttribute("alder", AttributeType.INTEGER);
            var before = p.counts();
            ImportException e = assertThrows(ImportException.class, () -> new ImportParticipants(p).run(f));
            assertTrue(e.getMessage().contains("«d.csv»") && e.getMessage().contains("«mange»"), e.getMessage());
            assertEquals(before, p.counts());
            assertEquals(List.of(), p.participants().list());
        }
    }
}
