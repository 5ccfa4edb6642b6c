package org.tema.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tema.analysis.AttributeFacts;
import org.tema.app.Project;

/** {@code tema facts P.tema}: descriptive figures of the participants' attributes as JSON. */
final class FactsCommand implements Command {
    @Override
    public String name() {
        return "facts";
    }

    @Override
    public String usage() {
        return "P.tema [--interviewer]      participants' attributes: count, mean, min, max, values; JSON";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of(), Set.of("interviewer")).expect(1, false, "a project file");
        try (Project p = Project.open(args.path(0))) {
            List<Map<String, Object>> out = p.facts().ofParticipants(args.flag("interviewer")).stream().map(FactsCommand::json).toList();
            console.out().println(Json.pretty(out));
        }
        return Cli.OK;
    }

    private static Map<String, Object> json(AttributeFacts f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attribute", f.attribute().name());
        m.put("type", f.attribute().type().name().toLowerCase(Locale.ROOT));
        m.put("count", f.count());
        m.put("missing", f.missing());
        if (f.numeric()) {
            m.put("mean", f.mean());
            m.put("min", f.min());
            m.put("max", f.max());
        } else {
            m.put("values", f.valueCounts());
        }
        return m;
    }
}
