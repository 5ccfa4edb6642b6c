package org.tema.io.refi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Hands out names that are unique ignoring case, adding « (2)», « (3)»... to repeats. */
final class UniqueNames {
    private final Set<String> used = new HashSet<>();

    String take(String wanted, String fallback) {
        String base = wanted == null || wanted.isBlank() ? fallback : wanted.strip();
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }
}
