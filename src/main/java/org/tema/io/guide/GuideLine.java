package org.tema.io.guide;

/**
 * One line or paragraph of an interview guide with what its format says about it: a heading (with
 * its level), a title, an item of Word's automatic numbering or bullets (with its list level), or plain text.
 */
public record GuideLine(Kind kind, int level, String text) {
    public enum Kind { TITLE, HEADING, LIST_ITEM, PLAIN }

    public static GuideLine plain(String text) {
        return new GuideLine(Kind.PLAIN, 0, text);
    }
}
