package org.tema.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in GUI tests for work on the project thread and the FX thread to show. */
public final class FxWait {
    /** Generous, because CI machines can be slow; a condition that holds returns at once. */
    private static final int SECONDS = 60;

    private FxWait() {
    }

    /** Waits until {@code condition} holds, then for the FX events it caused. */
    public static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
