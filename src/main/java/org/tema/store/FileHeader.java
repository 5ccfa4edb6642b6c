package org.tema.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first 100 bytes of an SQLite file, read without opening it as a database, so that a file
 * that is not a Tema project is refused before SQLite touches it.
 */
record FileHeader(long size, boolean sqlite, int userVersion, int applicationId) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    static FileHeader read(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n < head.length || !startsWithMagic(head)) {
            return new FileHeader(size, false, 0, 0);
        }
        ByteBuffer buf = ByteBuffer.wrap(head);
        return new FileHeader(size, true, buf.getInt(60), buf.getInt(68));
    }

    private static boolean startsWithMagic(byte[] head) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
