package org.tema.ui.coding;

/** The name of an in-vivo code: the participant's own words, on one line, at most 60 characters. */
final class InVivo {
    static final int MAX = 60;

    private InVivo() {
    }

    static String name(String selected) {
        if (selected == null) {
            return "";
        }
        String s = selected.strip().replaceAll("\\s+", " ");
        s = s.replaceAll("^[\\p{Punct}«»“”]+|[\\p{Punct}«»“”]+$", "").strip();
        if (s.length() <= MAX) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX);
        return (cut > MAX / 2 ? s.substring(0, cut) : s.substring(0, MAX)) + "…";
    }
}
