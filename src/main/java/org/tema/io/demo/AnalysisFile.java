package org.tema.io.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.tema.io.ImportException;

/** Reads an {@link Analysis} from its JSON file. */
public final class AnalysisFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private AnalysisFile() {
    }

    public static Analysis read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), Analysis.class);
        } catch (IOException e) {
            throw new ImportException(file, "it is not a valid analysis file (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }
}
