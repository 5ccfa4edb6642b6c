package org.tema.io.refi;

import java.util.HashSet;
import java.util.Set;

/** Keeps GUIDs unique within one kind of thing: a repeated GUID gets a new one derived from it. */
final class UniqueGuids {
    private final Set<String> used = new HashSet<>();
    private int repeats;

    String take(String guid) {
        String g = guid;
        for (int n = 2; !used.add(g); n++) {
            g = RefiGuids.derive("repeated", guid, Integer.toString(n));
        }
        if (!g.equals(guid)) {
            repeats++;
        }
        return g;
    }

    int repeats() {
        return repeats;
    }
}
