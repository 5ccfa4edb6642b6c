package org.tema.ui.shell;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tema.app.DemoProject;

/**
 * Where the sample material is ({@code -Dtema.sample.dir}, else {@code sample-data} beside the
 * program's folder, else in the current folder), and how a fresh working copy of the sample project
 * is made from it: always in a new folder, so an earlier copy with the user's work is never replaced.
 */
final class SampleFolder {
    static final String NAME = "sample-data";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SampleFolder() {
    }

    static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("tema.sample.dir")).map(Path::of).ifPresent(candidates::add);
        try {
            Path code = Path.of(SampleFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.getParent() != null) {
                candidates.add(code.getParent().resolveSibling(NAME));
                candidates.add(code.getParent().resolve(NAME));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: the current folder is tried below
        }
        candidates.add(Path.of(NAME).toAbsolutePath());
        return candidates.stream().filter(Files::isDirectory).findFirst();
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
