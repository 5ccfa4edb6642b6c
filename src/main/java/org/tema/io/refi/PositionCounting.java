package org.tema.io.refi;

/** The ways programs count selection positions in a source's text. */
public enum PositionCounting {
    CODE_POINTS("Unicode code points (as the standard says)"),
    CODE_POINTS_LF("Unicode code points, a CRLF line break counted as one"),
    UTF16_UNITS("UTF-16 code units, a CRLF line break counted as two (as NVivo counts)"),
    UTF16_UNITS_LF("UTF-16 code units, a CRLF line break counted as one");

    private final String description;

    PositionCounting(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
