package org.tema.io.transcript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The Word reading Tema did before the streaming reader, kept as the test oracle: POI's
 * XWPFDocument, its body elements, {@code XWPFParagraph.getText}, {@code XWPFRun.isBold} for the
 * label and {@code XWPFTableCell.getText} for table rows.
 */
public final class XwpfOracle {
    private XwpfOracle() {
    }

    public static List<Paragraph> read(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            List<Paragraph> out = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(paragraph(p));
                } else if (e instanceof XWPFTable t) {
                    t.getRows().forEach(r -> out.add(WordTableReader.row(r.getTableCells().stream().map(XWPFTableCell::getText).toList())));
                } else if (e instanceof XWPFSDT sdt) {
                    out.add(Paragraph.of(sdt.getContent().getText()));
                }
            }
            return out.stream().filter(p -> !p.text().isBlank()).toList();
        }
    }

    private static Paragraph paragraph(XWPFParagraph p) {
        BoldLabel label = new BoldLabel();
        for (XWPFRun r : p.getRuns()) {
            String t = r.text();
            label.run(t == null ? "" : t, r.isBold());
        }
        return label.paragraph(p.getText());
    }
}
