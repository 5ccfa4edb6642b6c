package org.tema.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.tema.io.demo.AnalysisFile;
import org.tema.io.transcript.TranscriptFiles;
import org.tema.model.Document;
import org.tema.model.Participant;
import org.tema.model.SpeakerTurn;
import org.tema.store.ProjectCounts;

/**
 * Builds the sample project from a sample folder: the participants file (a {@code .csv} or
 * {@code .xlsx} whose name mentions participants), the interview guide (a file whose name mentions
 * a guide), every other transcript, each document given the group its speakers share, and the
 * analyst's work of {@code analysis.json}. The folder is only read; the project is built aside and
 * moved into place when complete.
 */
public final class DemoProject {
    public static final String FILE_NAME = "sample.tema";
    /** The folder of sample material shipped beside the program. */
    public static final String SAMPLE_DIR = "sample-data";

    private DemoProject() {
    }

    /**
     * Where the sample material is: {@code -Dtema.sample.dir}, else {@code sample-data} beside the
     * folder that holds the jar (or the classes), else in it, else in the current folder.
     */
    public static Optional<Path> locateSampleData() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("tema.sample.dir")).map(Path::of).ifPresent(candidates::add);
        try {
            Path code = Path.of(DemoProject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = code.getParent();
            if (parent != null) {
                candidates.add(parent.resolveSibling(SAMPLE_DIR));
                candidates.add(parent.resolve(SAMPLE_DIR));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: the current folder is tried below
        }
        candidates.add(Path.of(SAMPLE_DIR).toAbsolutePath());
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    public static ProjectCounts build(Path sampleDir, Path targetDir) {
        try {
            Files.createDirectories(targetDir);
            Path target = targetDir.resolve(FILE_NAME);
            Path temp = Files.createTempFile(targetDir, "sample-", ".tema.part");
            Files.delete(temp);
            ProjectCounts counts;
            try (Project p = Project.create(temp)) {
                fill(p, sampleDir);
                counts = p.counts();
            } catch (RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the sample project in «" + targetDir + "»: " + e.getMessage(), e);
        }
    }

    private static void fill(Project p, Path dir) throws IOException {
        List<Path> files = files(dir);
        Optional<Path> participants = find(files, "participant", "deltaker");
        Optional<Path> guide = files.stream().filter(f -> named(f, "guide")).min((a, b) -> Boolean.compare(isDocx(b), isDocx(a)));
        if (participants.isPresent()) {
            new ImportParticipants(p).run(participants.get());
        }
        if (guide.isPresent()) {
            new ImportGuide(p).run(guide.get());
        }
        TranscriptFiles formats = TranscriptFiles.standard();
        List<Path> transcripts = files.stream().filter(formats::supports)
                .filter(f -> !named(f, "guide") && !named(f, "readme") && !f.equals(participants.orElse(null))).toList();
        for (ImportResult r : new ImportTranscripts(p).run(transcripts, ImportOptions.defaults())) {
            if (!r.ok()) {
                throw new IllegalStateException(r.message());
            }
            groupBySpeakers(p, r.documentId());
        }
        Path analysis = dir.resolve("analysis.json");
        if (Files.exists(analysis)) {
            new ApplyAnalysis(p).run(AnalysisFile.read(analysis));
        }
    }

    /** Gives a document the group that all its non-interviewer speakers share, if they share one. */
    private static void groupBySpeakers(Project p, long documentId) {
        List<String> groups = p.documents().turns(documentId).stream().map(SpeakerTurn::participantId).distinct()
                .filter(java.util.Objects::nonNull).map(p.participants()::get).filter(x -> !x.interviewer())
                .map(Participant::group).distinct().toList();
        if (groups.size() == 1 && !groups.get(0).isBlank()) {
            Document d = p.documents().get(documentId);
            p.documents().setDetails(documentId, d.name(), groups.get(0), d.interviewDate());
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("The sample folder «" + dir + "» does not exist");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Optional<Path> find(List<Path> files, String... words) {
        return files.stream().filter(f -> Stream.of(words).anyMatch(w -> named(f, w)))
                .filter(f -> f.toString().toLowerCase(Locale.ROOT).matches(".*\\.(csv|xlsx)$")).findFirst();
    }

    private static boolean named(Path f, String word) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).contains(word);
    }

    private static boolean isDocx(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx");
    }
}
