package org.tema.store;

import java.nio.file.Path;

/** A project file cannot be created or opened; the message names the file and the reason. */
public class ProjectFileException extends StoreException {
    public ProjectFileException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
    }

    public ProjectFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
    }
}
