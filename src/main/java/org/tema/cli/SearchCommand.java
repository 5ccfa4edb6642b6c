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
        return "P.tema \"QUERY\"              full-text search (words, \"phrases\", prefix*); JSON lines";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of()).expect(2, false, "a project file and a query");
        try (Project p = Project.open(args.path(0))) {
            for (SearchHit hit : p.search(args.get(1))) {
                console.out().println(Json.line(hit));
            }
        }
        return Cli.OK;
    }
}
