package org.tema.io.transcript;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.tema.io.ImportException;

/**
 * Protects against zip bombs in .docx, .odt and .xlsx files. Before a file is opened, the sizes its
 * central directory declares are checked; while it is read, {@link #bounded} and POI's
 * {@link ZipSecureFile} ratio check (left at POI's defaults, which other parts of Tema share) stop
 * any entry that inflates further than it declared.
 */
public final class ZipGuard {
    /** The most that all entries of one file may expand to. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /**
     * The most one entry may expand per compressed byte: 100, as POI's own {@link ZipSecureFile}
     * check allows while inflating (a Word document's XML inflates 5 to 30 times).
     */
    public static final double MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 1024 * 1024; // small entries may compress very well

    private ZipGuard() {
    }

    /** Checks the archive's declared sizes; throws {@link ImportException} for a damaged archive or a zip bomb. */
    public static void check(Path file, String what) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size < 0 || packed < 0) {
                    throw new ImportException(file, "the file is damaged (an entry has no declared size)");
                }
                total += size;
                if (total > MAX_TOTAL_BYTES || size > RATIO_FLOOR && size > packed * MAX_RATIO) {
                    throw bomb(file);
                }
            }
        } catch (ZipException e) {
            throw new ImportException(file, "the file is damaged or is not " + what + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
        if (total == 0) {
            throw new ImportException(file, "the file is empty");
        }
    }

    /** The exception for a file that would expand too far. */
    public static ImportException bomb(Path file) {
        return new ImportException(file, "it would expand to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                + " MB when unpacked, which looks like a zip bomb");
    }

    /** Wraps an entry's stream so that reading more than {@code limit} bytes fails. */
    public static InputStream bounded(InputStream in, long limit, Path file) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                count += n;
                if (count > limit) {
                    throw bomb(file);
                }
            }
        };
    }
}
