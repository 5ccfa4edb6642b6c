package org.tema.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where the main window was and how big, in screen coordinates: the bounds it had when it was last
 * neither maximised nor minimised, and whether it was maximised.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowState(double x, double y, double width, double height, boolean maximised) {

    public WindowState withBounds(double x, double y, double width, double height) {
        return new WindowState(x, y, width, height, maximised);
    }

    public WindowState withMaximised(boolean maximised) {
        return new WindowState(x, y, width, height, maximised);
    }
}
