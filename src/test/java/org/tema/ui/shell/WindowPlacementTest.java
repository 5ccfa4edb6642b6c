package org.tema.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.ui.common.WindowState;
import org.tema.ui.shell.WindowPlacement.Area;

class WindowPlacementTest {
    /** A laptop screen with a 40-pixel task bar at the bottom, and a monitor to its right. */
    private static final Area LAPTOP = new Area(0, 0, 1440, 860);
    private static final Area MONITOR = new Area(1440, 0, 2560, 1400);
    private static final List<Area> BOTH = List.of(LAPTOP, MONITOR);

    private static Area place(WindowState saved, List<Area> screens) {
        return WindowPlacement.place(saved, screens, LAPTOP, 1200, 800);
    }

    @Test
    void nothingSavedGivesTheDefaultSizeCentredOnThePrimaryScreen() {
        assertEquals(new Area(120, 30, 1200, 800), place(null, BOTH));
    }

    @Test
    void savedBoundsOnAScreenAreKeptAsTheyWere() {
        assertEquals(new Area(1600, 100, 1800, 1000), place(new WindowState(1600, 100, 1800, 1000, false), BOTH));
        assertEquals(new Area(10, 20, 900, 700), place(new WindowState(10, 20, 900, 700, true), BOTH));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackCentredOnThePrimaryScreen() {
        assertEquals(new Area(120, 30, 1200, 800), place(new WindowState(1600, 100, 1800, 1000, false), List.of(LAPTOP)));
        assertEquals(new Area(120, 30, 1200, 800), place(new WindowState(-5000, -3000, 800, 600, false), BOTH));
    }

    @Test
    void aWindowThatOnlyTouchesAScreenEdgeCountsAsOffScreen() {
        assertEquals(new Area(120, 30, 1200, 800), place(new WindowState(-800, 0, 800, 600, false), List.of(LAPTOP)));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToTheScreensVisualBounds() {
        assertEquals(new Area(0, 0, 1440, 860), place(new WindowState(0, 0, 2500, 1400, false), List.of(LAPTOP)));
    }

    @Test
    void aWindowHangingOverAScreenEdgeIsMovedInsideTheScreenItOverlapsMost() {
        assertEquals(new Area(440, 60, 1000, 800), place(new WindowState(900, 500, 1000, 800, false), List.of(LAPTOP)));
        assertEquals(new Area(1440, 0, 1000, 600), place(new WindowState(1300, -50, 1000, 600, false), BOTH));
    }

    @Test
    void theDefaultSizeIsShrunkOnASmallPrimaryScreen() {
        Area small = new Area(0, 0, 1024, 728);
        assertEquals(new Area(0, 0, 1024, 728), WindowPlacement.place(null, List.of(small), small, 1440, 900));
    }
}
