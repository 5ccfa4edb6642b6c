package org.tema.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.tema.io.ImportException;
import org.tema.io.transcript.Transcript;
import org.tema.io.transcript.TranscriptFiles;
import org.tema.model.Document;
import org.tema.model.WordCount;

/**
 * Imports transcripts: each file is read, its speakers matched to participants, and stored in its
 * own transaction as one undoable edit. A file that fails leaves the project as it was and does not
 * stop the others. The next files are read in the background while one is stored.
 */
public final class ImportTranscripts {
    private static final int READ_AHEAD = 4;
    private final Stores stores;
    private final History history;
    private final TranscriptFiles formats;

    public ImportTranscripts(Project project) {
        this(project.stores(), project.history(), TranscriptFiles.standard());
    }

    ImportTranscripts(Stores stores, History history, TranscriptFiles formats) {
        this.stores = stores;
        this.history = history;
        this.formats = formats;
    }

    /** The supported files among {@code paths}; folders give their supported files. */
    public List<Path> expand(List<Path> paths) {
        return formats.expand(paths);
    }

    /** Reads a file without storing it. */
    public Transcript read(Path file) {
        return formats.read(file);
    }

    /** One speaker of a file not yet imported: its turns, the participant it would become, and whether that exists already. */
    public record SpeakerPreview(String label, int turns, String participant, boolean existing, boolean interviewer) {
    }

    /** The speakers a file would bring in with these options, for the review before import. */
    public List<SpeakerPreview> previewSpeakers(Path file, ImportOptions options) {
        Transcript t = formats.read(file);
        SpeakerMatcher matcher = new SpeakerMatcher(stores);
        List<SpeakerPreview> out = new ArrayList<>();
        for (String label : t.speakers()) {
            int turns = (int) t.turns().stream().filter(x -> x.speaker().equals(label)).count();
            String name = options.participantName(label);
            var existing = matcher.find(name);
            out.add(new SpeakerPreview(label, turns, existing.map(p -> p.pseudonym()).orElse(name), existing.isPresent(),
                    existing.map(p -> p.interviewer()).orElse(SpeakerMatcher.isInterviewer(label, options))));
        }
        return out;
    }

    public List<ImportResult> run(List<Path> paths, ImportOptions options) {
        return run(paths, options, ImportProgress.NONE, () -> false);
    }

    /**
     * Imports the files (folders give their supported files), reporting after each file; when
     * {@code cancelled} turns true, the files not yet begun are reported as cancelled.
     */
    public List<ImportResult> run(List<Path> paths, ImportOptions options, ImportProgress progress, BooleanSupplier cancelled) {
        List<Path> files = expand(paths);
        return stores.file().batch(() -> storeAll(files, options, progress, cancelled));
    }

    private List<ImportResult> storeAll(List<Path> files, ImportOptions options, ImportProgress progress, BooleanSupplier cancelled) {
        List<ImportResult> results = new ArrayList<>();
        Set<String> names = new HashSet<>();
        stores.documents().list().forEach(d -> names.add(d.name()));
        int threads = Runtime.getRuntime().availableProcessors(); // the writer mostly waits for the database
        try (ReadAhead<Path, Object> reads = new ReadAhead<>(files, this::readOrFailure, threads, READ_AHEAD)) {
            for (Path file : files) {
                ImportResult r = cancelled.getAsBoolean() ? ImportResult.cancelled(file) : store(file, reads.next(), options, names);
                results.add(r);
                progress.fileDone(results.size(), files.size(), r);
            }
        }
        return results;
    }

    /** A transcript read and counted on a reader thread. */
    private record Read(Transcript transcript, int words) {
    }

    private Object readOrFailure(Path file) {
        try {
            Transcript t = formats.read(file);
            return new Read(t, WordCount.of(t.text()));
        } catch (ImportException e) {
            return e;
        } catch (RuntimeException e) {
            return new ImportException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
    }

    private ImportResult store(Path file, Object read, ImportOptions options, Set<String> names) {
        if (read instanceof ImportException e) {
            return ImportResult.failed(file, e.getMessage());
        }
        Transcript t = ((Read) read).transcript();
        String name = documentName(file);
        if (names.contains(name)) {
            return ImportResult.failed(file, new ImportException(file,
                    "the project already has a document named «" + name + "»; rename or delete that one first").getMessage());
        }
        int words = ((Read) read).words();
        Document draft = new Document(0, Guids.next(), name, file.getFileName().toString(), t.format(), words,
                options.group(), null, "");
        AddTranscriptEdit edit = new AddTranscriptEdit(stores, draft, t.text(), t.turns(), options);
        try {
            history.perform(edit);
        } catch (RuntimeException e) {
            return ImportResult.failed(file, new ImportException(file, "it could not be stored (" + e.getMessage() + ")", e).getMessage());
        }
        names.add(name);
        return ImportResult.imported(file, edit.documentId(), t.turns().size(), words, t.speakers().size());
    }

    static String documentName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
