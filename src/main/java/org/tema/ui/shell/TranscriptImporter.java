package org.tema.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.tema.app.Project;
import org.tema.ui.common.ProgressSink;

/** Imports transcript files into the open project, reporting progress and stopping when cancelled. */
@FunctionalInterface
public interface TranscriptImporter {
    /** Returns one line per file that could not be imported (empty when all went in). */
    List<String> importFiles(Project project, List<Path> files, ProgressSink progress) throws Exception;
}
