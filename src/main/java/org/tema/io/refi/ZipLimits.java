package org.tema.io.refi;

/**
 * Limits on what a {@code .qdpx} from a stranger may make Tema read, against zip bombs: the number
 * of entries, the bytes one entry may inflate to, and the bytes of all entries read together.
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 256L << 20, 1L << 30);
}
