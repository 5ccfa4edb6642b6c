package org.tema.io.refi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@code .qdpx}: {@code project.qde} at the root and each text source as
 * {@code sources/GUID.txt} in UTF-8 without a BOM. Entries carry a fixed time, so that the same
 * project gives the same bytes.
 */
public final class QdpxWriter {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private QdpxWriter() {
    }

    public static void write(TemaToQda.Export export, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(entry("project.qde"));
        ProjectXmlWriter.write(export.project(), zip);
        zip.closeEntry();
        for (Map.Entry<String, String> text : export.texts().entrySet()) {
            zip.putNextEntry(entry("sources/" + text.getKey() + ".txt"));
            zip.write(text.getValue().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        return e;
    }
}
