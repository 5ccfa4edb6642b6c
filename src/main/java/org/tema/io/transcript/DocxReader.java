package org.tema.io.transcript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word {@code .docx}: the body's paragraphs in order and its tables as text (one paragraph per row);
 * headers, footers and notes are left out. A bold run that starts a paragraph is taken as the
 * speaker label, and so is the first cell of a two-column transcript table.
 */
public final class DocxReader implements TranscriptReader {
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
        try (XWPFDocument doc = open(file)) {
            List<Paragraph> out = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(BoldLabel.paragraph(p));
                } else if (e instanceof XWPFTable t) {
                    t.getRows().forEach(r -> out.add(row(r)));
                } else if (e instanceof XWPFSDT sdt) {
                    out.add(Paragraph.of(sdt.getContent().getText()));
                }
            }
            return out.stream().filter(p -> !p.text().isBlank()).toList();
        }
    }

    /** Opens a Word file read-only after checking it for zip bombs; damage becomes an {@link org.tema.io.ImportException}. */
    public static XWPFDocument open(Path file) {
        ZipGuard.check(file, "a Word document");
        return OfficeFiles.open(file, "a Word document", () -> new XWPFDocument(OPCPackage.open(file.toFile(), PackageAccess.READ)));
    }

    private static Paragraph row(XWPFTableRow row) {
        List<String> cells = row.getTableCells().stream()
                .map(c -> c.getText().replace('\n', ' ').strip()).filter(s -> !s.isEmpty()).toList();
        if (cells.size() >= 2 && looksLikeLabel(cells.get(0))) {
            String rest = String.join(" ", cells.subList(1, cells.size()));
            String label = cells.get(0).endsWith(":") ? cells.get(0).substring(0, cells.get(0).length() - 1).strip() : cells.get(0);
            return Paragraph.labelled(label, label + ": " + rest);
        }
        return Paragraph.of(String.join("\t", cells));
    }

    static boolean looksLikeLabel(String s) {
        String t = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        return !t.isBlank() && t.length() <= 40 && t.strip().split("\\s+").length <= 4 && !t.matches(".*[.?!,;]$")
                && Character.isLetter(t.strip().charAt(0));
    }
}
