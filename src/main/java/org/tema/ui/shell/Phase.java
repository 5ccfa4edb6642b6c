package org.tema.ui.shell;

import org.tema.ui.common.Icons;

/** The four phases of thematic analysis, as the phase bar shows them. */
public enum Phase {
    PREPARE("phase.prepare", Icons.PREPARE),
    CODE("phase.code", Icons.CODE),
    CATEGORISE("phase.categorise", Icons.CATEGORISE),
    REPORT("phase.report", Icons.REPORT);

    private final String key;
    private final Icons icon;

    Phase(String key, Icons icon) {
        this.key = key;
        this.icon = icon;
    }

    public String key() {
        return key;
    }

    public String hintKey() {
        return key + ".hint";
    }

    public Icons icon() {
        return icon;
    }
}
