package org.tema.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.analysis.PassageFilter;
import org.tema.app.Project;
import org.tema.app.RetrievedPassage;

/**
 * {@code tema retrieve P.tema --code C --category K --group G}: the passages, one JSON object per
 * line. A filter option given several times accepts any of its values.
 */
final class RetrieveCommand implements Command {
    @Override
    public String name() {
        return "retrieve";
    }

    @Override
    public String usage() {
        return "P.tema --code C|--category K [--group G --document D --attribute A=V --interviewer]  passages, JSON lines"
                + " (repeat --group, --document or --attribute for several values)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of("code", "category", "group", "document", "attribute"), Set.of("interviewer"))
                .expect(1, false, "a project file");
        if (args.option("code") == null && args.option("category") == null) {
            throw new UsageException("give --code or --category");
        }
        try (Project p = Project.open(args.path(0))) {
            Set<Long> codes = new LinkedHashSet<>();
            if (args.option("code") != null) {
                codes.add(p.codeBook().find(args.option("code")).id());
            }
            if (args.option("category") != null) {
                codes.addAll(p.categories().find(args.option("category")).codeIds());
            }
            for (RetrievedPassage r : p.retrieval().ofCodes(codes, filter(p, args))) {
                console.out().println(Json.line(line(r)));
            }
        }
        return Cli.OK;
    }

    private static PassageFilter filter(Project p, Args args) throws UsageException {
        PassageFilter f = PassageFilter.DEFAULT.includingInterviewer(args.flag("interviewer"));
        f = f.withGroups(Set.copyOf(args.options("group")));
        Set<Long> documents = new LinkedHashSet<>();
        for (String document : args.options("document")) {
            documents.add(p.documents().find(document).id());
        }
        f = f.withDocuments(documents);
        for (String attribute : args.options("attribute")) {
            int eq = attribute.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--attribute needs NAME=VALUE, for example background=Sosialt arbeid");
            }
            f = p.retrieval().withAttribute(f, attribute.substring(0, eq), attribute.substring(eq + 1));
        }
        return f;
    }

    private static Map<String, Object> line(RetrievedPassage r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", r.documentName());
        m.put("speaker", r.speaker());
        m.put("group", r.group());
        m.put("start", r.start());
        m.put("end", r.end());
        m.put("text", r.text());
        m.put("code", r.code().name());
        return m;
    }
}
