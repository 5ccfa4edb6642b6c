package org.tema.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every imported file passes before it is read: it exists, is not empty, is not too large. */
public final class InputFiles {
    private InputFiles() {
    }

    /** Throws an {@link ImportException} naming the file unless it is a readable file of 1 to {@code maxBytes} bytes. */
    public static void requireReadable(Path file, long maxBytes, String kind) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(file, "the file does not exist");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new ImportException(file, "the file is empty");
            }
            if (size > maxBytes) {
                throw new ImportException(file, "the file is " + size / (1024 * 1024) + " MB, more than the limit of "
                        + maxBytes / (1024 * 1024) + " MB for " + kind);
            }
        } catch (IOException e) {
            throw new ImportException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }
}
