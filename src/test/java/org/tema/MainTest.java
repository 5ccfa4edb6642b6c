package org.tema;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void windowOpensWithNoArgumentsTheSampleOptionOrOpen() {
        assertTrue(Main.opensWindow(new String[0]));
        assertTrue(Main.opensWindow(new String[] {"--sample"}));
        assertTrue(Main.opensWindow(new String[] {"open", "p.tema"}));
    }

    @Test
    void everythingElseIsTheCommandLine() {
        assertFalse(Main.opensWindow(new String[] {"info", "p.tema"}));
        assertFalse(Main.opensWindow(new String[] {"--help"}));
        assertFalse(Main.opensWindow(new String[] {"open"}));
    }
}
