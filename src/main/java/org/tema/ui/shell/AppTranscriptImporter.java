package org.tema.ui.shell;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.app.ImportOptions;
import org.tema.app.ImportResult;
import org.tema.app.ImportTranscripts;
import org.tema.app.Project;
import org.tema.ui.common.ProgressSink;

/** The transcript import of the app layer behind the window's hook. */
final class AppTranscriptImporter implements TranscriptImporter {
    @Override
    public List<SpeakerChoice> speakers(Project project, List<Path> files) {
        ImportTranscripts importer = new ImportTranscripts(project);
        Map<String, SpeakerChoice> byLabel = new LinkedHashMap<>();
        for (Path file : importer.expand(files)) {
            for (ImportTranscripts.SpeakerPreview s : importer.previewSpeakers(file, ImportOptions.defaults())) {
                SpeakerChoice before = byLabel.get(s.label());
                byLabel.put(s.label(), new SpeakerChoice(s.label(), s.turns() + (before == null ? 0 : before.turns()),
                        s.participant(), s.existing(), s.interviewer()));
            }
        }
        return List.copyOf(byLabel.values());
    }

    @Override
    public List<String> importFiles(Project project, List<Path> files, List<SpeakerChoice> speakers, ProgressSink progress) {
        Map<String, String> names = new HashMap<>();
        Set<String> interviewers = new HashSet<>();
        for (SpeakerChoice s : speakers) {
            names.put(s.label(), s.participant());
            if (s.interviewer()) {
                interviewers.add(s.label());
            }
        }
        List<ImportResult> results = new ImportTranscripts(project).run(files, new ImportOptions("", names, interviewers),
                (done, total, result) -> {
                    progress.progress(done, total);
                    progress.message(result.file().getFileName().toString());
                }, progress::isCancelled);
        return results.stream().filter(r -> !r.ok()).map(ImportResult::message).toList();
    }
}
