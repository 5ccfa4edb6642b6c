package org.tema.io.report;

import org.tema.report.ReportData;
import org.tema.report.ReportSettings;
import org.tema.report.Labels;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in Tema's house style: A4 with 2.5 cm margins (portrait or landscape), the report
 * styles, a title with a date, page numbers in the footer, headings, paragraphs and tables whose
 * header row repeats on every page.
 */
final class WordDocument {
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1418;
    private static final String HEADER_SHADE = "D9E2F3";

    private final XWPFDocument doc = new XWPFDocument();
    private final Labels labels;
    private final int textWidth;
    private final boolean landscape;

    WordDocument(Labels labels, boolean landscape) {
        this.labels = labels;
        WordStyles.define(doc, labels.locale().getLanguage().equals("nb") ? "nb-NO" : "en-GB");
        textWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
        this.landscape = landscape;
    }

    /**
     * A new report in the language of the settings, opened with its title (the settings' own, else the
     * report's name, {@code reportKey} in the labels, with the project's) and the date.
     */
    static WordDocument titled(ReportData data, ReportSettings settings, String reportKey, boolean landscape) {
        WordDocument doc = new WordDocument(Labels.of(settings.locale()), landscape);
        doc.title(settings.title().isBlank() ? doc.labels.get(reportKey) + ": " + data.projectName() : settings.title(),
                doc.labels.date(settings.date()));
        return doc;
    }

    Labels labels() {
        return labels;
    }

    /** The width between the margins, in twentieths of a point. */
    int textWidth() {
        return textWidth;
    }

    private void pageSetup() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = sect.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
    }

    private void pageNumbers() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(WordStyles.FOOTER);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue("1");
    }

    void title(String title, String subtitle) {
        paragraph(WordStyles.TITLE, title);
        paragraph(WordStyles.SUBTITLE, subtitle);
    }

    void heading(int level, String text) {
        paragraph(level == 1 ? WordStyles.HEADING_1 : WordStyles.HEADING_2, text);
    }

    /** A paragraph of a style; line breaks in the text become line breaks in the paragraph. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        text(p, text);
        return p;
    }

    /** Adds text to a paragraph as one run, with its line breaks kept. */
    static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            run.setText(text.substring(from, nl), run.getCTR().sizeOfTArray());
            run.addBreak();
            from = nl + 1;
        }
        run.setText(text.substring(from), run.getCTR().sizeOfTArray());
        return run;
    }

    /**
     * A table filling the text width with the given relative column widths, a header row that repeats
     * on every page, and one row per entry of {@code rows}.
     */
    XWPFTable table(List<String> header, List<List<String>> rows, int... relativeWidths) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        int[] widths = widths(header.size(), relativeWidths);
        layout(table, widths);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor(HEADER_SHADE);
            fill(cell, WordStyles.TABLE_HEADER, header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < header.size(); c++) {
                fill(row.getCell(c), WordStyles.TABLE_TEXT, rows.get(r).get(c));
            }
        }
        return table;
    }

    /** Sets the text of a cell's first paragraph. */
    static XWPFParagraph fill(XWPFTableCell cell, String style, String text) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(style);
        if (!text.isEmpty()) {
            text(p, text);
        }
        return p;
    }

    private int[] widths(int columns, int... relative) {
        int[] rel = relative.length == columns ? relative : java.util.stream.IntStream.generate(() -> 1).limit(columns).toArray();
        int sum = java.util.Arrays.stream(rel).sum();
        int[] out = new int[columns];
        for (int i = 0; i < columns; i++) {
            out[i] = textWidth * rel[i] / sum;
        }
        return out;
    }

    private static void layout(XWPFTable table, int[] widths) {
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
                row.getCell(c).setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
            }
        }
    }

    /**
     * Sets up the page and the footer, then writes the document. The section properties come last: a
     * body that already ends in them makes every new paragraph slower to insert (POI finds its place
     * among the elements each time).
     */
    void write(OutputStream out) throws IOException {
        pageSetup();
        pageNumbers();
        doc.write(out);
    }
}
