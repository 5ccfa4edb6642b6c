package org.tema.io.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tema.io.ImportException;
import org.tema.io.InputFiles;

/**
 * The transcript formats Tema reads, chosen by file extension, and the checks every file passes
 * first: it exists, it is not empty, it is not over the size limit.
 */
public final class TranscriptFiles {
    /** The largest file read: 50 MB, far beyond any transcript (a two-hour interview is about 100 kB of text). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Map<String, TranscriptReader> byExtension = new TreeMap<>();

    public TranscriptFiles(List<TranscriptReader> readers) {
        for (TranscriptReader r : readers) {
            r.extensions().forEach(e -> byExtension.put(e, r));
        }
    }

    /** All formats: txt, md, docx, odt, rtf, vtt, srt. */
    public static TranscriptFiles standard() {
        return new TranscriptFiles(List.of(new PlainTextReader("txt", java.util.Set.of("txt", "text")),
                new PlainTextReader("md", java.util.Set.of("md", "markdown")), new DocxReader(), new OdtReader(),
                new RtfReader(), new VttReader(), new SrtReader()));
    }

    public boolean supports(Path file) {
        return reader(file).isPresent();
    }

    /** The supported extensions, for file choosers. */
    public List<String> extensions() {
        return List.copyOf(byExtension.keySet());
    }

    /** Reads a transcript; every problem becomes an {@link ImportException} naming the file and the reason. */
    public Transcript read(Path file) {
        TranscriptReader reader = reader(file).orElseThrow(() -> new ImportException(file,
                "Tema does not read «." + extension(file) + "» files (it reads " + String.join(", ", extensions()) + ")"));
        checkSize(file);
        try {
            Transcript t = TranscriptAssembler.assemble(reader.read(file), reader.separator(), reader.format());
            if (t.text().isBlank()) {
                throw new ImportException(file, "the file holds no text");
            }
            return t;
        } catch (ImportException e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(file, "the file could not be read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new ImportException(file, "the file is damaged or not in the format its name says (" + e + ")", e);
        }
    }

    /** Files and folders to files: a folder gives its supported files (not its subfolders), sorted by name. */
    public List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(this::supports).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not list the folder «" + p + "»: " + e.getMessage(), e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static void checkSize(Path file) {
        InputFiles.requireReadable(file, MAX_BYTES, "a transcript");
    }

    private Optional<TranscriptReader> reader(Path file) {
        return Optional.ofNullable(byExtension.get(extension(file)));
    }

    static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
