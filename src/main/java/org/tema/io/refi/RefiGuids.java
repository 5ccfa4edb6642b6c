package org.tema.io.refi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * GUIDs as REFI-QDA writes them. Incoming ones are compared without braces and case; ids that are
 * not GUIDs (some exporters write {@code c001}) become name-based UUIDs, the same on every import.
 * Things Tema stores without a GUID get a name-based UUID from a stable key, so that exporting
 * twice gives the same GUIDs.
 */
public final class RefiGuids {
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RefiGuids() {
    }

    /** The GUID in Tema's form (lowercase, no braces); a non-GUID id becomes a name-based UUID of it. */
    public static String normalise(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return GUID.matcher(s).matches() ? s.toLowerCase(Locale.ROOT) : derive("refi-id", raw == null ? "" : raw.strip());
    }

    public static boolean isGuid(String s) {
        return s != null && GUID.matcher(s).matches();
    }

    /** A name-based (version 3) UUID of the parts: the same parts always give the same GUID. */
    public static String derive(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
