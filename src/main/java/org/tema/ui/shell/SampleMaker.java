package org.tema.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/** Makes a fresh working copy of the sample project in a folder and returns its file. */
@FunctionalInterface
public interface SampleMaker {
    Path makeIn(Path folder) throws Exception;

    /** No sample in this build: the start screen does not offer it. */
    static Optional<SampleMaker> none() {
        return Optional.empty();
    }
}
