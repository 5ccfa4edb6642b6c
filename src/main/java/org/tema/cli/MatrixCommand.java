package org.tema.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tema.analysis.CodeMatrix;
import org.tema.analysis.Cooccurrence;
import org.tema.analysis.PassageFilter;
import org.tema.app.Matrices;
import org.tema.app.Project;

/** {@code tema matrix P.tema cooccurrence|documents|groups|participants}: a code matrix as CSV, one row per code. */
final class MatrixCommand implements Command {
    @Override
    public String name() {
        return "matrix";
    }

    @Override
    public String usage() {
        return "P.tema cooccurrence|documents|groups|participants [--words --same-turn --interviewer]  CSV";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of("words", "same-turn", "interviewer"))
                .expect(2, false, "a project file and cooccurrence, documents, groups or participants");
        PassageFilter filter = PassageFilter.DEFAULT.includingInterviewer(args.flag("interviewer"));
        Matrices.Measure measure = args.flag("words") ? Matrices.Measure.WORDS : Matrices.Measure.PASSAGES;
        String kind = args.get(1);
        if (!List.of("cooccurrence", "documents", "groups", "participants").contains(kind)) {
            throw new UsageException("unknown matrix «" + kind + "»; choose cooccurrence, documents, groups or participants");
        }
        try (Project p = Project.open(args.path(0))) {
            CodeMatrix m = switch (kind) {
                case "cooccurrence" -> p.matrices().cooccurrence(
                        args.flag("same-turn") ? Cooccurrence.Mode.SAME_TURN : Cooccurrence.Mode.OVERLAP, filter);
                case "documents" -> p.matrices().byDocument(measure, filter);
                case "groups" -> p.matrices().byGroup(measure, filter);
                default -> p.matrices().byParticipant(measure, filter);
            };
            write(m, console);
        }
        return Cli.OK;
    }

    private static void write(CodeMatrix m, Console console) {
        List<String> header = new ArrayList<>();
        header.add("Code");
        m.columns().forEach(c -> header.add(c.label()));
        header.add("Total");
        console.out().println(Csv.row(header));
        for (CodeMatrix.Row r : m.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.code().name());
            for (long v : r.cells()) {
                cells.add(Long.toString(v));
            }
            cells.add(Long.toString(r.total()));
            console.out().println(Csv.row(cells));
        }
    }
}
