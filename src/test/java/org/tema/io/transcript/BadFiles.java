package org.tema.io.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Makes the bad files of the import tests: each kind of file a user might hand Tema by mistake. */
public final class BadFiles {
    private BadFiles() {
    }

    public static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("tom.txt"), new byte[0]);
    }

    public static Path binaryWithTextExtension(Path dir) throws IOException {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        return Files.write(dir.resolve("bilde.txt"), b);
    }

    public static Path invalidUtf8(Path dir) throws IOException {
        byte[] good = "Anne: Blåbær og grøt.\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = Arrays.copyOf(good, good.length + 2);
        b[good.length] = (byte) 0xC3;
        b[good.length + 1] = (byte) 0x28;
        return Files.write(dir.resolve("ødelagt.txt"), b);
    }

    public static Path unknownExtension(Path dir) throws IOException {
        return Files.writeString(dir.resolve("intervju.pdf"), "%PDF-1.4");
    }

    /** A sparse file just over the 50 MB limit (it takes no room on disk). */
    public static Path oversized(Path dir) throws IOException {
        Path f = dir.resolve("enorm.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(TranscriptFiles.MAX_BYTES + 1);
        }
        return f;
    }

    public static Path brokenVtt(Path dir) throws IOException {
        return Files.writeString(dir.resolve("brutt.vtt"), "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Dana>Hello.\n\n"
                + "00:00:03.000 --> 00:0x:04.000\n<v David>Hi.\n");
    }

    public static Path truncatedDocx(Path dir) throws IOException {
        Path whole = WordFiles.create().paragraph("Anne: Dette er et helt vanlig dokument.").write(dir.resolve("hel.docx"));
        byte[] b = Files.readAllBytes(whole);
        Files.delete(whole);
        return Files.write(dir.resolve("avkuttet.docx"), Arrays.copyOf(b, b.length / 2));
    }

    /**
     * A real zip bomb: a Word document whose document.xml inflates to 1 GB of spaces inside one
     * paragraph, while the file itself is about 1 MB.
     */
    public static Path zipBombDocx(Path dir) throws IOException {
        Path template = WordFiles.create().paragraph("x").write(dir.resolve("mal.docx"));
        Path bomb = dir.resolve("bombe.docx");
        try (ZipFile in = new ZipFile(template.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(9);
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    writeHugeDocument(out);
                } else {
                    try (InputStream s = in.getInputStream(e)) {
                        s.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.delete(template);
        return bomb;
    }

    private static void writeHugeDocument(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 1024; i++) {
            out.write(spaces);
        }
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
}
