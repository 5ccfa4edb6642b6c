package org.tema.bench;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.mozilla.universalchardet.UniversalDetector;
import org.tema.app.ImportOptions;
import org.tema.app.ImportResult;
import org.tema.app.ImportTranscripts;
import org.tema.app.Project;

/**
 * Import benchmark: writes 200 transcripts (2 million words, half .docx with bold labels, half
 * UTF-8 .txt) into a folder, then times (1) merely reading them with POI and the charset detector
 * and (2) the full import into a new project (reading ahead on background threads), in two
 * warm-up rounds and seven counted rounds, alternating, and prints each round and the medians.
 * The files are generated once and reused when the folder already holds them.
 *
 * <p>Run: {@code ./mvnw -q -o package -DskipTests && ./mvnw -q -o test-compile &&
 * java -cp target/tema.jar:target/test-classes org.tema.bench.ImportBenchmark [DIR]}
 */
public final class ImportBenchmark {
    private static final int FILES = 200;
    private static final int WORDS_PER_FILE = 10_000;
    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 7;
    private static final String[] SPEAKERS = {"Intervjuer", "Anne", "Berit", "Camilla", "Bjørn"};
    private static final String[] WORDS = ("jeg tror at det er viktig å møte ungdommen der de er og ikke bare på "
            + "skjermen men også fysisk når det trengs oppfølging tillit chat video kontoret målet halvparten digitalt "
            + "møter relasjon arbeidsgiver mentor skole vi dere de hun han kanskje altså liksom egentlig ja nei mm "
            + "særlig økt færre blåbær").split(" ");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("tema-bench");
        List<Path> files = generate(dir);
        System.out.printf("Generated %d files, %,d words, in %s%n", files.size(), FILES * WORDS_PER_FILE, dir);
        double[] read = new double[ROUNDS];
        double[] imported = new double[ROUNDS];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            long chars = bareRead(files);
            double readSeconds = (System.nanoTime() - t0) / 1e9;
            double importSeconds = timeImport(dir, files);
            String name = round < 0 ? "Warm-up round " + (round + WARM_UP_ROUNDS + 1) + " (not counted)" : "Round " + (round + 1);
            System.out.printf("%s: bare reading %.2f s (%,d characters); full import %.2f s%n", name, readSeconds, chars, importSeconds);
            if (round >= 0) {
                read[round] = readSeconds;
                imported[round] = importSeconds;
            }
        }
        double r = median(read);
        double i = median(imported);
        System.out.printf("Median of %d rounds after %d warm-up rounds: bare reading (POI + charset detection) %.2f s, "
                + "full import %.2f s, ratio %.2f (target <= 1.5, import <= 30 s); cores: %d%n", ROUNDS, WARM_UP_ROUNDS, r, i,
                i / r, Runtime.getRuntime().availableProcessors());
    }

    /** Imports every file into a new project and returns the seconds the import took (creating the project not counted). */
    private static double timeImport(Path dir, List<Path> files) throws Exception {
        Path project = Files.createTempFile(dir, "bench-", ".tema");
        Files.delete(project);
        try (Project p = Project.create(project)) {
            long t0 = System.nanoTime();
            List<ImportResult> results = new ImportTranscripts(p).run(files, ImportOptions.defaults());
            double seconds = (System.nanoTime() - t0) / 1e9;
            long ok = results.stream().filter(ImportResult::ok).count();
            if (ok != files.size() || p.counts().words() < (long) FILES * WORDS_PER_FILE) {
                throw new IllegalStateException("Only " + ok + " of " + files.size() + " files came in, " + p.counts().words() + " words");
            }
            return seconds;
        } finally {
            Files.deleteIfExists(project);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    static List<Path> generate(Path dir) throws Exception {
        Random random = new Random(42);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            List<String[]> turns = turns(random);
            Path f = dir.resolve(String.format("intervju-%03d.%s", i, i % 2 == 0 ? "docx" : "txt"));
            if (!Files.exists(f)) {
                if (i % 2 == 0) {
                    writeDocx(f, turns);
                } else {
                    StringBuilder s = new StringBuilder();
                    turns.forEach(t -> s.append(t[0]).append(": ").append(t[1]).append("\r\n\r\n"));
                    Files.writeString(f, s, StandardCharsets.UTF_8);
                }
            }
            files.add(f);
        }
        return files;
    }

    private static List<String[]> turns(Random random) {
        List<String[]> turns = new ArrayList<>();
        int words = 0;
        while (words < WORDS_PER_FILE) {
            int n = Math.min(WORDS_PER_FILE - words, 20 + random.nextInt(80));
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < n; w++) {
                s.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            turns.add(new String[] {SPEAKERS[turns.size() % 2 == 0 ? 0 : 1 + random.nextInt(4)], s + "."});
            words += n + 1; // the label is a word too
        }
        return turns;
    }

    private static void writeDocx(Path f, List<String[]> turns) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            for (String[] t : turns) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun label = p.createRun();
                label.setBold(true);
                label.setText(t[0] + ":");
                p.createRun().setText(" " + t[1]);
            }
            doc.write(out);
        }
    }

    /** Reads every file the plainest way: POI's paragraphs for .docx, bytes + detected charset for .txt. */
    static long bareRead(List<Path> files) throws Exception {
        long chars = 0;
        for (Path f : files) {
            if (f.toString().endsWith(".docx")) {
                try (XWPFDocument doc = new XWPFDocument(OPCPackage.open(f.toFile(), PackageAccess.READ))) {
                    for (IBodyElement e : doc.getBodyElements()) {
                        if (e instanceof XWPFParagraph p) {
                            chars += p.getText().length();
                        }
                    }
                }
            } else {
                byte[] b = Files.readAllBytes(f);
                UniversalDetector d = new UniversalDetector(null);
                d.handleData(b, 0, b.length);
                d.dataEnd();
                String name = d.getDetectedCharset();
                chars += new String(b, name == null ? StandardCharsets.UTF_8 : Charset.forName(name)).length();
            }
        }
        return chars;
    }
}
