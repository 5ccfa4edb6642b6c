package org.tema.app;

import org.tema.report.CodeFigures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.PassageFilter;
import org.tema.report.CodeFigures;
import org.tema.io.report.DataTables;
import org.tema.report.Labels;
import org.tema.report.ReportData;
import org.tema.io.report.ReportDataLoader;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;
import org.tema.io.report.Reports;
import org.tema.io.table.CsvWriter;
import org.tema.io.table.XlsxWriter;

/**
 * Use cases of the reporting phase: write a Word report, the Excel workbook or the CSV tables. Each
 * reads the project once and writes its files whole or not at all; the project is not changed. The
 * matrices and the participants' facts in the reports are those of {@link Matrices} and {@link Facts}
 * with their defaults ({@code tema matrix}, {@code tema facts}), so the reports show the program's numbers.
 */
public final class Reporting {
    /** The passages the reports' matrices and code figures count: those of {@code tema matrix} without options (no interviewer). */
    public static final PassageFilter MATRIX_FILTER = PassageFilter.DEFAULT;
    /** How the reports' co-occurrence matrix pairs passages: by shared words. */
    public static final Cooccurrence.Mode COOCCURRENCE_MODE = Cooccurrence.Mode.OVERLAP;
    /** Whether the reports' facts count the interviewers: no, as {@code tema facts} without options. */
    public static final boolean FACTS_INCLUDE_INTERVIEWERS = false;

    private final Stores stores;
    private final Retrieval retrieval;
    private final Matrices matrices;
    private final Facts facts;

    public Reporting(Stores stores, Retrieval retrieval, Matrices matrices, Facts facts) {
        this.stores = stores;
        this.retrieval = retrieval;
        this.matrices = matrices;
        this.facts = facts;
    }

    /** What the reports are made from, for a preview. */
    public ReportData data() {
        CodeMatrix byGroup = matrices.byGroup(Matrices.Measure.PASSAGES, MATRIX_FILTER);
        ReportData.Analysis analysis = new ReportData.Analysis(matrices.cooccurrence(COOCCURRENCE_MODE, MATRIX_FILTER),
                byGroup, CodeFigures.of(byGroup, matrices.byDocument(Matrices.Measure.PASSAGES, MATRIX_FILTER),
                        matrices.byParticipant(Matrices.Measure.PASSAGES, MATRIX_FILTER)),
                facts.ofParticipants(FACTS_INCLUDE_INTERVIEWERS));
        return ReportDataLoader.load(stores.file(), retrieval.allCoded(PassageFilter.EVERYTHING), analysis);
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
