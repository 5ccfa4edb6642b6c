package org.tema.io.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word {@code .docx}: the body's paragraphs in order and its tables as text (one paragraph per row);
 * headers, footers and notes are left out. A bold run that starts a paragraph is taken as the
 * speaker label, and so is the first cell of a two-column transcript table. The main document part
 * is streamed with StAX ({@link WordBodyReader}) rather than built as POI's object tree: see
 * decision record 0310.
 */
public final class DocxReader implements TranscriptReader {
    private static final String WHAT = "a Word document";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("docx");
    }

    @Override
    public List<Paragraph> read(Path file) throws IOException {
        ZipGuard.check(file, WHAT);
        return OfficeFiles.open(file, WHAT, () -> {
            try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = DocxPackage.mainDocument(zip, file)) {
                return WordBodyReader.read(in).stream().filter(p -> !p.text().isBlank()).toList();
            }
        });
    }

    /**
     * Opens a Word file as POI's document (for readers that need styles and numbering, such as the
     * interview guide) read-only after checking it for zip bombs; damage becomes an
     * {@link org.tema.io.ImportException}.
     */
    public static XWPFDocument open(Path file) {
        ZipGuard.check(file, WHAT);
        return OfficeFiles.open(file, WHAT, () -> new XWPFDocument(OPCPackage.open(file.toFile(), PackageAccess.READ)));
    }

    static boolean looksLikeLabel(String s) {
        String t = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        return !t.isBlank() && t.length() <= 40 && t.strip().split("\\s+").length <= 4 && !t.matches(".*[.?!,;]$")
                && Character.isLetter(t.strip().charAt(0));
    }
}
