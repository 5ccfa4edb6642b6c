package org.tema.ui.shell;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.tema.app.DemoProject;

/**
 * How a fresh working copy of the sample project is made (the material is found by
 * {@link DemoProject#locateSampleData()}): always in a new folder, so an earlier copy with the user's
 * work is never replaced.
 */
final class SampleFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SampleFolder() {
    }

    /** A maker of working copies from {@code sampleData}. */
    static SampleMaker maker(Path sampleData) {
        return folder -> {
            Path copy = folder.resolve("tema-sample-" + LocalDateTime.now().format(STAMP));
            DemoProject.build(sampleData, copy);
            return copy.resolve(DemoProject.FILE_NAME);
        };
    }
}
