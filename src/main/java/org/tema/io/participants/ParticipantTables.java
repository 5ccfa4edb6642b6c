package org.tema.io.participants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tema.io.ImportException;
import org.tema.io.InputFiles;
import org.tema.io.transcript.TextDecoder;

/** Reads a participants file, {@code .csv} or {@code .xlsx}, into a {@link Table}. */
public final class ParticipantTables {
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private ParticipantTables() {
    }

    public static Table read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        InputFiles.requireReadable(file, MAX_BYTES, "a participants table");
        try {
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return CsvTableReader.parse(file, TextDecoder.decode(file, Files.readAllBytes(file)));
            }
            if (name.endsWith(".xlsx")) {
                return XlsxTableReader.read(file);
            }
        } catch (IOException e) {
            throw new ImportException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
        throw new ImportException(file, "a participants file must be .csv or .xlsx");
    }
}
