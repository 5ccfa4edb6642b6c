package org.tema.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.app.AutoCoding;
import org.tema.app.Project;

/** {@code tema autocode P.tema --code NAME (--pattern REGEX | --speaker NAME)}: codes every match in one step. */
final class AutoCodeCommand implements Command {
    @Override
    public String name() {
        return "autocode";
    }

    @Override
    public String usage() {
        return "P.tema --code NAME --pattern REGEX|--speaker NAME [--turn]  code every match (code made if new)";
    }

    @Override
    public int run(List<String> raw, Console console) throws Exception {
        Args args = Args.parse(raw, Set.of("code", "pattern", "speaker"), Set.of("turn")).expect(1, false, "a project file");
        String code = args.option("code");
        if (code == null || code.isBlank()) {
            throw new UsageException("give --code NAME");
        }
        if ((args.option("pattern") == null) == (args.option("speaker") == null)) {
            throw new UsageException("give either --pattern REGEX or --speaker NAME");
        }
        try (Project p = OpenedProject.open(args.path(0), console)) {
            AutoCoding auto = p.autoCoding();
            AutoCoding.Preview preview = args.option("pattern") != null
                    ? auto.previewPattern(code, args.option("pattern"), args.flag("turn") ? AutoCoding.Scope.TURN : AutoCoding.Scope.HIT)
                    : auto.previewSpeaker(code, args.option("speaker"));
            AutoCoding.Result result = auto.apply(preview);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", result.code().name());
            out.put("created", preview.existingCode().isEmpty());
            out.put("coded", result.coded());
            out.put("alreadyCoded", preview.hits().size() - result.coded());
            console.out().println(Json.line(out));
        }
        return Cli.OK;
    }
}
