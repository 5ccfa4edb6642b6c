package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.tema.io.AtomicFiles;

/** The Word report writers by kind; writes a report whole or not at all. */
public final class Reports {
    private static final Map<ReportKind, ReportWriter> WRITERS = new EnumMap<>(Map.of(
            ReportKind.FINDINGS, new FindingsReport(),
            ReportKind.CODEBOOK, new CodeBookReport(),
            ReportKind.CATEGORIES, new CategoryTableReport(),
            ReportKind.MATRICES, new MatricesReport()));

    private Reports() {
    }

    public static ReportWriter writer(ReportKind kind) {
        return WRITERS.get(kind);
    }

    /** Writes a report to {@code target} through a temporary file, so a failure leaves any existing file as it was. */
    public static void write(ReportKind kind, ReportData data, ReportSettings settings, Path target) throws IOException {
        AtomicFiles.write(target, out -> writer(kind).write(data, settings, out));
    }
}
