package org.tema.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.tema.ui.common.Messages;
import org.tema.ui.common.ProjectSession;

/**
 * Writing the reports: the Word report of the chosen kind, the Excel workbook or the CSV tables, in
 * the background, with the settings of the options. The outcome names the files written, or the file
 * that could not be written and why; a failed export leaves no half-written file (the writers write
 * to a temporary file and move it into place).
 */
public final class ExportViewModel {
    private final ProjectSession session;
    private final ReportOptions options;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();

    /** What an export is written as. */
    public enum Format { WORD, EXCEL, CSV }

    /** The files written, or {@code error} (one sentence naming {@code target}) when the export failed. */
    public record Outcome(Path target, List<Path> files, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    public ExportViewModel(ProjectSession session, ReportOptions options, Messages messages) {
        this.session = session;
        this.options = options;
        this.messages = messages;
    }

    /** True while an export runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Writes {@code format} to {@code target} (a folder for CSV), then hands the outcome to {@code done}. */
    public void export(Format format, Path target, Consumer<Outcome> done) {
        var settings = options.toReportSettings(LocalDate.now());
        var kind = options.kindProperty().get();
        running.set(true);
        session.read(p -> {
            try {
                List<Path> files = switch (format) {
                    case WORD -> {
                        p.reporting().writeReport(kind, settings, target);
                        yield List.of(target);
                    }
                    case EXCEL -> {
                        p.reporting().writeWorkbook(settings.locale(), target);
                        yield List.of(target);
                    }
                    case CSV -> p.reporting().writeCsv(settings.locale(), target);
                };
                return new Outcome(target, files, null);
            } catch (Exception e) {
                String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
                return new Outcome(target, List.of(), messages.format("report.export.failed", target.toAbsolutePath(), reason));
            }
        }, outcome -> {
            running.set(false);
            done.accept(outcome);
        });
    }

    /** The file name a new export is offered under, e.g. {@code intervju-findings.docx}. */
    public String suggestedName(Format format) {
        String base = session.name();
        return switch (format) {
            case WORD -> base + "-" + options.kindProperty().get().key() + ".docx";
            case EXCEL -> base + ".xlsx";
            case CSV -> base + "-csv";
        };
    }
}
