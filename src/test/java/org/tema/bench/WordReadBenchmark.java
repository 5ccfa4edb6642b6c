package org.tema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.tema.io.transcript.DocxPackage;
import org.tema.io.transcript.DocxReader;
import org.tema.io.transcript.Paragraph;
import org.tema.io.transcript.XwpfOracle;

/**
 * Word reading benchmark, one thread: reads every {@code .docx} in a folder (the import benchmark's
 * 100 generated transcripts) after three warm-up rounds, in seven rounds with (1) POI's XWPFDocument paragraphs, the import
 * benchmark's "bare reading" of Word files; (2) the former XWPF-based reader with labels and tables
 * (the test oracle); (3) the streaming {@link DocxReader}; and, for the choice of how to find the
 * main part, (4) opening the package with POI's OPCPackage (READ) and finding the main part versus
 * (5) a plain ZipFile and the package relationships. Prints each round and the medians.
 *
 * <p>Run after the import benchmark has generated its files: {@code java -cp
 * target/tema.jar:target/test-classes org.tema.bench.WordReadBenchmark /tmp/ib}
 */
public final class WordReadBenchmark {
    private static final int ROUNDS = 7;
    private static final int WARM_UP_ROUNDS = 3;

    private WordReadBenchmark() {
    }

    /** One way of reading a file, returning a number that depends on what it read (so nothing is optimised away). */
    private interface Way {
        long read(Path file) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/ib");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .docx files in " + dir + ": run ImportBenchmark with that folder first");
        }
        String[] names = {"XWPFDocument paragraphs (bare reading)", "former XWPF reader (labels, tables)", "streaming DocxReader",
            "open only: OPCPackage READ + main part", "open only: ZipFile + relationships"};
        Way[] ways = {WordReadBenchmark::xwpfParagraphs, f -> texts(XwpfOracle.read(f)), f -> texts(new DocxReader().read(f)),
            WordReadBenchmark::opcOpen, WordReadBenchmark::zipOpen};
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            for (Way w : ways) {
                time(w, files);
            }
        }
        double[][] seconds = new double[ways.length][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder line = new StringBuilder("Round " + (round + 1) + ":");
            for (int w = 0; w < ways.length; w++) {
                seconds[w][round] = time(ways[w], files);
                line.append(String.format(" %.3f s", seconds[w][round]));
            }
            System.out.println(line);
        }
        System.out.printf("Medians of %d rounds over %d .docx files, one thread (cores: %d):%n", ROUNDS, files.size(),
                Runtime.getRuntime().availableProcessors());
        for (int w = 0; w < ways.length; w++) {
            System.out.printf("  %-42s %.3f s%n", names[w], median(seconds[w]));
        }
    }

    private static double time(Way way, List<Path> files) throws Exception {
        long t0 = System.nanoTime();
        long sum = 0;
        for (Path f : files) {
            sum += way.read(f);
        }
        if (sum < 0) {
            System.out.println(sum);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long xwpfParagraphs(Path f) throws Exception {
        long chars = 0;
        try (XWPFDocument doc = new XWPFDocument(OPCPackage.open(f.toFile(), PackageAccess.READ))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    chars += p.getText().length();
                }
            }
        }
        return chars;
    }

    private static long texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().mapToLong(p -> p.text().length()).sum();
    }

    private static long opcOpen(Path f) throws Exception {
        OPCPackage pkg = OPCPackage.open(f.toFile(), PackageAccess.READ);
        try {
            var rel = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
            return pkg.getPart(rel).getSize();
        } finally {
            pkg.revert();
        }
    }

    private static long zipOpen(Path f) throws Exception {
        try (ZipFile zip = new ZipFile(f.toFile())) {
            return zip.getEntry(DocxPackage.mainDocumentName(zip, f)).getSize();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
