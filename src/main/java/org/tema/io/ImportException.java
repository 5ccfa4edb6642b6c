package org.tema.io;

import java.nio.file.Path;

/**
 * A file that could not be imported, with one sentence for the user that names the file and the
 * reason, such as «Could not import «notes.docx»: the file is damaged or not a Word document.».
 */
public final class ImportException extends RuntimeException {
    private final String fileName;
    private final String reason;

    public ImportException(Path file, String reason) {
        this(file, reason, null);
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super("Could not import «" + name(file) + "»: " + reason + ".", cause);
        this.fileName = name(file);
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The reason alone, without the file name: «the file is empty». */
    public String reason() {
        return reason;
    }

    private static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
