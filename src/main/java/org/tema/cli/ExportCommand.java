package org.tema.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tema.app.ExchangeCodebook;
import org.tema.app.ExchangeProject;
import org.tema.app.Project;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;

/**
 * {@code tema export FORMAT P.tema OUT [options]}: writes the project in another format. Each format is
 * one entry of {@link #FORMATS}; a new format is added with one line there.
 */
final class ExportCommand implements Command {
    /** Writes an open project to a file (or directory) and returns the lines to print about what it wrote. */
    @FunctionalInterface
    interface Exporter {
        List<String> export(Project project, Path out, Args args) throws Exception;
    }

    private static final Set<String> VALUED = Set.of("report", "lang", "title");
    private static final Map<String, Exporter> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("qdc", (p, out, args) -> new ExchangeCodebook(p).exportQdc(out).lines());
        FORMATS.put("qdpx", (p, out, args) -> new ExchangeProject(p).exportQdpx(out).lines());
        FORMATS.put("docx", ExportCommand::docx);
        FORMATS.put("xlsx", (p, out, args) -> {
            p.reporting().writeWorkbook(locale(args), out);
            return List.of("Wrote " + out);
        });
        FORMATS.put("csv", (p, out, args) -> p.reporting().writeCsv(locale(args), out).stream().map(f -> "Wrote " + f).toList());
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return String.join("|", FORMATS.keySet()) + " P.tema OUT   export (qdc: REFI-QDA code book, qdpx: REFI-QDA project, "
                + "docx: Word report --report " + ReportKind.keys().replace(", ", "|")
                + ", xlsx: Excel tables, csv: CSV tables in directory OUT; --lang nb|en)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, VALUED, Set.of()).expect(3, false, "a format, a project file and an output file");
        Exporter exporter = FORMATS.get(args.get(0));
        if (exporter == null) {
            throw new UsageException("unknown format «" + args.get(0) + "»; known: " + String.join(", ", FORMATS.keySet()));
        }
        try (Project p = Project.open(args.path(1))) {
            exporter.export(p, args.path(2), args).forEach(console.out()::println);
        }
        return Cli.OK;
    }

    private static List<String> docx(Project p, Path out, Args args) throws Exception {
        String report = args.option("report");
        if (report == null) {
            throw new UsageException("--report is needed: one of " + ReportKind.keys());
        }
        ReportKind kind;
        try {
            kind = ReportKind.of(report);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ReportSettings settings = ReportSettings.defaults(locale(args));
        if (args.option("title") != null) {
            settings = settings.withTitle(args.option("title"));
        }
        p.reporting().writeReport(kind, settings, out);
        return List.of("Wrote " + out);
    }

    /** The labels' language: {@code --lang}, else the system's. */
    private static Locale locale(Args args) {
        String lang = args.option("lang");
        return lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang);
    }
}
