package org.tema.io.refi;

import java.io.IOException;
import java.util.Optional;

/** The files of a REFI-QDA container, found by the path a project gives ({@code internal://NAME}). */
@FunctionalInterface
public interface SourceFiles {
    /** The bytes of the file, or empty when the container does not hold it. */
    Optional<byte[]> read(String path) throws IOException;

    /** No files at all: a bare {@code .qde}. */
    SourceFiles NONE = path -> Optional.empty();

    /**
     * The files inside a zip. Only {@code internal://} paths are read, matched ignoring case and the
     * folder ({@code Sources/} or {@code sources/}); paths outside the container are never followed.
     */
    static SourceFiles of(SafeZip zip) {
        return path -> {
            if (path == null || !path.regionMatches(true, 0, "internal://", 0, "internal://".length())) {
                return Optional.empty();
            }
            String name = path.substring("internal://".length());
            Optional<String> entry = zip.find(name.startsWith("/") ? name.substring(1) : name);
            return entry.isPresent() ? Optional.of(zip.read(entry.get())) : Optional.empty();
        };
    }
}
