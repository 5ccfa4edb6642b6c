package org.tema.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.analysis.GridColumn;
import org.tema.app.Offices;
import org.tema.app.Project;
import org.tema.model.SummaryCell;
import org.tema.store.SummaryCellRepository;

class SummaryCellsJsonTest {
    @TempDir
    Path dir;

    @Test
    void summaryGridCellsSurviveExportAndImport() throws Exception {
        Path json = dir.resolve("p.json");
        List<SummaryCell> cells;
        try (Offices o = new Offices(dir)) {
            o.project.summaryGrids().setSummary(o.tid.id(), GridColumn.of(o.arild), "Mangler tid");
            o.project.summaryGrids().setSummary(o.tillit.id(), GridColumn.ofGroup("Kontor B"), "Tillit bygges over tid");
            cells = new SummaryCellRepository(o.project.stores().file()).list();
            ProjectJson.write(o.project.stores().file(), json);
        }
        try (Project copy = Project.create(dir.resolve("copy.tema"))) {
            ProjectJson.restore(copy.stores().file(), ProjectJson.read(json));
            assertEquals(cells, new SummaryCellRepository(copy.stores().file()).list());
        }
    }

    @Test
    void anExportWithoutSummaryCellsReadsAsHavingNone() throws Exception {
        Path json = dir.resolve("old.json");
        Files.writeString(json, "{\"format\":\"tema-project\",\"version\":1,\"coders\":[],\"documents\":[],\"speakerTurns\":[],"
                + "\"participants\":[],\"attributes\":[],\"attributeValues\":[],\"codes\":[],\"categories\":[],\"segments\":[],"
                + "\"journal\":[]}");
        assertEquals(List.of(), ProjectJson.read(json).summaryCells());
    }
}
