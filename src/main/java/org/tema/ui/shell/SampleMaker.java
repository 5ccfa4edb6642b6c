package org.tema.ui.shell;

import java.nio.file.Path;

/** Makes a fresh working copy of the sample project in a folder and returns its file. */
@FunctionalInterface
public interface SampleMaker {
    Path makeIn(Path folder) throws Exception;
}
