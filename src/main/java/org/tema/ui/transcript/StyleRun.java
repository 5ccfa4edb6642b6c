package org.tema.ui.transcript;

/** A run of text with one inline style. */
public record StyleRun(int length, String style) {
}
