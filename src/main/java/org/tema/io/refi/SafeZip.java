package org.tema.io.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a zip from a stranger without writing anything to disk: entry names that climb out
 * ({@code ../x}), absolute paths and drive letters are refused, and the entry count and the bytes
 * actually inflated are capped, whatever the entry headers claim.
 */
public final class SafeZip implements AutoCloseable {
    private final ZipFile zip;
    private final String fileName;
    private final ZipLimits limits;
    private final List<String> names;
    private long totalRead;

    private SafeZip(ZipFile zip, String fileName, ZipLimits limits, List<String> names) {
        this.zip = zip;
        this.fileName = fileName;
        this.limits = limits;
        this.names = names;
    }

    public static SafeZip open(Path path, ZipLimits limits) throws IOException {
        String fileName = path.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new IOException(fileName + " is not a readable zip file (" + e.getMessage() + ")", e);
        }
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new IOException(fileName + " holds " + zip.size() + " entries, more than the " + limits.maxEntries() + " allowed");
            }
            List<String> names = new ArrayList<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!isSafe(e.getName())) {
                    throw new IOException(fileName + " contains an entry with an unsafe name («" + e.getName()
                            + "»); it was not imported");
                }
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
            return new SafeZip(zip, fileName, limits, List.copyOf(names));
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** True for a relative name that stays inside the folder it would be unpacked into. */
    static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.indexOf('\0') >= 0
                || name.matches("(?s)^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The names of the files in the zip (no directories). */
    public List<String> names() {
        return names;
    }

    /** The bytes of an entry, stopping with an error as soon as a limit is passed. */
    public byte[] read(String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new IOException(fileName + " has no entry «" + name + "»");
        }
        try (InputStream in = zip.getInputStream(e)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            long entryBytes = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                entryBytes += n;
                totalRead += n;
                if (entryBytes > limits.maxEntryBytes()) {
                    throw new IOException(fileName + ": the entry «" + name + "» unpacks to more than "
                            + limits.maxEntryBytes() + " bytes; the file may be a zip bomb");
                }
                if (totalRead > limits.maxTotalBytes()) {
                    throw new IOException(fileName + " unpacks to more than " + limits.maxTotalBytes()
                            + " bytes; the file may be a zip bomb");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /** The entry named like {@code path} ignoring case, else the only one with its base name. */
    public java.util.Optional<String> find(String path) {
        String wanted = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        String base = wanted.substring(wanted.lastIndexOf('/') + 1);
        java.util.Optional<String> exact = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<String> byBase = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith("/" + base)
                || n.toLowerCase(Locale.ROOT).equals(base)).toList();
        return byBase.size() == 1 ? java.util.Optional.of(byBase.get(0)) : java.util.Optional.empty();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
