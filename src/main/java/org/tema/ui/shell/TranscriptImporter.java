package org.tema.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.tema.app.Project;
import org.tema.ui.common.ProgressSink;

/** Imports transcript files into the open project: first the speakers to review, then the import itself. */
public interface TranscriptImporter {
    /** The speakers the files would bring in, one per label, for the speaker review. */
    List<SpeakerChoice> speakers(Project project, List<Path> files) throws Exception;

    /**
     * Imports the files with the reviewed speakers, reporting progress and stopping when cancelled.
     * Returns one line per file that was not imported (empty when all went in).
     */
    List<String> importFiles(Project project, List<Path> files, List<SpeakerChoice> speakers, ProgressSink progress)
            throws Exception;
}
