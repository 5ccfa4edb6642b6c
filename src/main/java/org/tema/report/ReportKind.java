package org.tema.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Word reports Tema writes. */
public enum ReportKind {
    FINDINGS, CODEBOOK, CATEGORIES, MATRICES;

    /** The name used on the command line, e.g. {@code codebook}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportKind of(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(key.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no report «" + key + "»; choose one of " + keys()));
    }

    public static String keys() {
        return Arrays.stream(values()).map(ReportKind::key).collect(Collectors.joining(", "));
    }
}
