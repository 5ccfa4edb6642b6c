package org.tema.app;

import java.util.UUID;

/** New stable identifiers for entities. A GUID is given once and never changes. */
final class Guids {
    private Guids() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }
}
