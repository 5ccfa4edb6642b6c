package org.tema.model;

import java.util.List;
import java.util.regex.Pattern;

/** Code colours: a palette of distinct, readable colours, and validation of {@code #RRGGBB} values. */
public final class Colours {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final List<String> PALETTE = List.of(
            "#E6194B", "#3CB44B", "#4363D8", "#F58231", "#911EB4", "#42D4F4", "#F032E6", "#BFEF45",
            "#FABED4", "#469990", "#DCBEFF", "#9A6324", "#FFE119", "#800000", "#AAFFC3", "#808000",
            "#FFD8B1", "#000075", "#A9A9A9");

    private Colours() {
    }

    /** The palette colour for the n-th code, repeating after the palette's end. */
    public static String forIndex(long n) {
        return PALETTE.get((int) Math.floorMod(n, (long) PALETTE.size()));
    }

    public static String require(String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("«" + colour + "» is not a colour of the form #RRGGBB");
        }
        return colour.toUpperCase(java.util.Locale.ROOT);
    }
}
