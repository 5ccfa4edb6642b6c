package org.tema.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a REFI-QDA project: a {@code .qdpx} container (its one {@code .qde} at the root, whatever
 * its name and case) or a bare {@code .qde} whose sources are then missing.
 */
public final class QdpxReader {
    private QdpxReader() {
    }

    /** Reads the project and hands it with its files to {@code work} while the container is open. */
    public static <T> T read(Path path, ZipLimits limits, Work<T> work) throws IOException {
        String fileName = path.getFileName().toString();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".qde")) {
            try (InputStream in = Files.newInputStream(path)) {
                return work.run(ProjectXmlReader.read(in, fileName), SourceFiles.NONE);
            }
        }
        try (SafeZip zip = SafeZip.open(path, limits)) {
            List<String> qde = zip.names().stream().filter(n -> !n.contains("/") && n.toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
            if (qde.size() != 1) {
                throw new IOException(fileName + " is not a REFI-QDA project: it should hold one .qde file at its top level, and holds "
                        + qde.size());
            }
            QdaProject project = ProjectXmlReader.read(new ByteArrayInputStream(zip.read(qde.get(0))), fileName + "/" + qde.get(0));
            return work.run(project, SourceFiles.of(zip));
        }
    }

    /** What to do with the project read. */
    @FunctionalInterface
    public interface Work<T> {
        T run(QdaProject project, SourceFiles files) throws IOException;
    }
}
