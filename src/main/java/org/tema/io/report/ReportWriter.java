package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import java.io.IOException;
import java.io.OutputStream;

/** Writes one kind of report from a project's report data. */
public interface ReportWriter {
    void write(ReportData data, ReportSettings settings, OutputStream out) throws IOException;
}
