package org.tema.cli;

import java.util.List;
import java.util.Set;
import org.tema.app.Project;
import org.tema.model.SearchHit;

/** {@code tema search P.tema QUERY}: one JSON object per hit on stdout, nothing else. */
final class SearchCommand implements Command {
    @Override
    public String name() {
        return "search";
    }

    @Override
    public String usage() {
        return "P.tema \"QUERY\" [--limit N]   full-text search (words, \"phrases\", prefix*); JSON lines";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of("limit"), Set.of()).expect(2, false, "a project file and a query");
        int limit = args.option("limit") == null ? Integer.MAX_VALUE : positive(args.option("limit"));
        try (Project p = Project.open(args.path(0))) {
            for (SearchHit hit : p.search(args.get(1), limit)) {
                console.out().println(Json.line(hit));
            }
        }
        return Cli.OK;
    }

    private static int positive(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--limit needs a positive whole number, not «" + value + "»");
    }
}
