package org.tema.ui.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the window remembers of one project for the user: the codes on keys 1-9 (by the code's
 * GUID, which survives an import, where ids may not) and the phase shown last (empty: none yet).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectMemory(Map<Integer, String> pinnedKeys, String lastPhase) {
    public static final ProjectMemory EMPTY = new ProjectMemory(Map.of(), "");

    /** Keeps only keys 1-9 with a GUID, in key order; fills what an older file left out. */
    public ProjectMemory {
        Map<Integer, String> keys = new TreeMap<>();
        if (pinnedKeys != null) {
            pinnedKeys.forEach((k, guid) -> {
                if (k != null && k >= 1 && k <= 9 && guid != null && !guid.isBlank()) {
                    keys.put(k, guid);
                }
            });
        }
        pinnedKeys = java.util.Collections.unmodifiableMap(keys);
        lastPhase = lastPhase == null ? "" : lastPhase;
    }

    public ProjectMemory withPinnedKeys(Map<Integer, String> keys) {
        return new ProjectMemory(keys, lastPhase);
    }

    public ProjectMemory withLastPhase(String phase) {
        return new ProjectMemory(pinnedKeys, phase);
    }
}
