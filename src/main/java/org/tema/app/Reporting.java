package org.tema.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tema.io.report.DataTables;
import org.tema.io.report.Labels;
import org.tema.io.report.ReportData;
import org.tema.io.report.ReportDataLoader;
import org.tema.io.report.ReportKind;
import org.tema.io.report.ReportSettings;
import org.tema.io.report.Reports;
import org.tema.io.table.CsvWriter;
import org.tema.io.table.XlsxWriter;

/**
 * Use cases of the reporting phase: write a Word report, the Excel workbook or the CSV tables. Each
 * reads the project once and writes its files whole or not at all; the project is not changed.
 */
public final class Reporting {
    private final Stores stores;

    public Reporting(Stores stores) {
        this.stores = stores;
    }

    /** What the reports are made from, for a preview. */
    public ReportData data() {
        return ReportDataLoader.load(stores.file());
    }

    public void writeReport(ReportKind kind, ReportSettings settings, Path target) throws IOException {
        Reports.write(kind, data(), settings, target);
    }

    /** The coded passages, the matrices and the participants' facts, each a sheet of one workbook. */
    public void writeWorkbook(Locale locale, Path target) throws IOException {
        XlsxWriter.write(DataTables.of(data(), Labels.of(locale)), target);
    }

    /** The same tables as {@link #writeWorkbook}, one CSV file each in {@code dir}; returns the files. */
    public List<Path> writeCsv(Locale locale, Path dir) throws IOException {
        return CsvWriter.writeAll(DataTables.of(data(), Labels.of(locale)), dir);
    }
}
