package org.tema.ui.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapLayoutTest {
    private static int[] at(HeatMapLayout layout, int row, int column) {
        double[] c = layout.centre(row, column);
        return layout.cellAt(c[0], c[1]);
    }

    @Test
    void everyCellCentreMapsBackToItsCellWithBlocks() {
        HeatMapLayout layout = new HeatMapLayout(5, List.of(2, 1, 2));
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                assertArrayEquals(new int[] {r, c}, at(layout, r, c));
            }
        }
    }

    @Test
    void eachBlockOfRowsStartsBelowABandAndBlocksOfColumnsAreSetApart() {
        HeatMapLayout layout = new HeatMapLayout(3, List.of(2, 1));
        double top = HeatMapLayout.TOP;
        double cell = HeatMapLayout.CELL;
        assertEquals(top + HeatMapLayout.BAND, layout.rowTop(0));
        assertEquals(top, layout.bandTop(0));
        assertEquals(top + 2 * HeatMapLayout.BAND + 2 * cell, layout.rowTop(2));
        assertEquals(layout.rowTop(2) - HeatMapLayout.BAND, layout.bandTop(1));
        assertEquals(HeatMapLayout.LEFT + 2 * cell + HeatMapLayout.GAP, layout.columnLeft(2));
        assertNull(layout.cellAt(HeatMapLayout.LEFT + 5, layout.bandTop(1) + 5), "a click on a band chooses nothing");
        assertNull(layout.cellAt(layout.columnLeft(2) - 1, layout.rowTop(0) + 5), "nor one in the gap between blocks");
        assertNull(layout.cellAt(HeatMapLayout.LEFT - 5, layout.rowTop(0) + 5), "nor one on a label");
        assertEquals(2, layout.first(1));
        assertEquals(3, layout.end(1));
    }

    @Test
    void withoutBlocksTheCellsFormOneEvenGrid() {
        HeatMapLayout layout = new HeatMapLayout(3, List.of());
        assertEquals(HeatMapLayout.TOP + 2 * HeatMapLayout.CELL, layout.rowTop(2));
        assertEquals(HeatMapLayout.LEFT + 2 * HeatMapLayout.CELL, layout.columnLeft(2));
        assertArrayEquals(new int[] {2, 1}, layout.cellAt(HeatMapLayout.LEFT + 31, HeatMapLayout.TOP + 61));
        assertEquals(HeatMapLayout.TOP, new HeatMapLayout(0, List.of()).height());
    }
}
