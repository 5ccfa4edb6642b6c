package org.tema.io.transcript;

import java.nio.file.Path;
import java.util.Locale;
import org.tema.io.ImportException;

/** Opens Office files with POI and turns its many exceptions into one clear {@link ImportException}. */
public final class OfficeFiles {
    /** Work that opens a file and may throw anything. */
    @FunctionalInterface
    public interface Opener<T> {
        T open() throws Exception;
    }

    private OfficeFiles() {
    }

    public static <T> T open(Path file, String what, Opener<T> opener) {
        try {
            return opener.open();
        } catch (ImportException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("inflate ratio")) {
                throw new ImportException(file, ZipGuard.bomb(file).reason(), e);
            }
            throw new ImportException(file, "the file is damaged or is not " + what, e);
        }
    }
}
