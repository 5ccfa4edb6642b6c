package org.tema.io.report;

import org.tema.report.Quote;
import org.tema.report.Attribution;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of Tema's Word reports, defined in each document so that Word and LibreOffice
 * know them: headings with outline levels (a table of contents finds them), block quotes and their
 * attribution lines, table text. Sizes are in half points, distances in twentieths of a point.
 */
final class WordStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String QUOTE = "Quote";
    static final String ATTRIBUTION = "Attribution";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADER = "TableHeader";
    static final String NOTE = "Note";
    static final String FOOTER = "Footer";

    private static final String FONT = "Calibri";
    private static final String HEADING_COLOUR = "1F3864";

    private WordStyles() {
    }

    /** Defines every style of the reports in the document, with the proofing language of the labels. */
    static void define(XWPFDocument doc, String languageTag) {
        XWPFStyles styles = doc.createStyles();
        CTStyle normal = style(NORMAL, "Normal", null, 22, 0, 160);
        CTRPr rpr = normal.getRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewLang().setVal(languageTag);
        normal.getPPr().getSpacing().setLine(BigInteger.valueOf(264));
        add(styles, normal);

        CTStyle title = style(TITLE, "Title", NORMAL, 52, 0, 80);
        title.getRPr().addNewColor().setVal(HEADING_COLOUR);
        add(styles, title);
        CTStyle subtitle = style(SUBTITLE, "Subtitle", NORMAL, 24, 0, 360);
        subtitle.getRPr().addNewColor().setVal("595959");
        add(styles, subtitle);

        add(styles, heading(HEADING_1, "heading 1", 32, 0, 480));
        add(styles, heading(HEADING_2, "heading 2", 26, 1, 280));

        CTStyle quote = style(QUOTE, "Quote", NORMAL, 21, 0, 40);
        indent(quote, 720, 720);
        add(styles, quote);
        CTStyle attribution = style(ATTRIBUTION, "Attribution", NORMAL, 21, 0, 240);
        indent(attribution, 720, 720);
        add(styles, attribution);

        add(styles, tableText(TABLE_TEXT, "Table Text", false));
        add(styles, tableText(TABLE_HEADER, "Table Header", true));
        CTStyle note = style(NOTE, "Note", NORMAL, 18, 60, 160);
        note.getRPr().addNewI();
        add(styles, note);
        CTStyle footer = style(FOOTER, "footer", NORMAL, 18, 0, 0);
        add(styles, footer);
    }

    private static CTStyle heading(String id, String name, int size, int outlineLevel, int before) {
        CTStyle s = style(id, name, NORMAL, size, before, 120);
        s.getPPr().addNewKeepNext();
        s.getPPr().addNewKeepLines();
        s.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        s.getRPr().addNewB();
        s.getRPr().addNewColor().setVal(HEADING_COLOUR);
        return s;
    }

    private static CTStyle tableText(String id, String name, boolean bold) {
        CTStyle s = style(id, name, NORMAL, 19, 20, 20);
        s.getPPr().getSpacing().setLine(BigInteger.valueOf(240));
        if (bold) {
            s.getRPr().addNewB();
        }
        return s;
    }

    private static CTStyle style(String id, String name, String basedOn, int halfPoints, int before, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal(NORMAL);
        } else {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        CTRPr rpr = s.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return s;
    }

    private static void indent(CTStyle s, int left, int right) {
        s.getPPr().addNewInd().setLeft(BigInteger.valueOf(left));
        s.getPPr().getInd().setRight(BigInteger.valueOf(right));
    }

    private static void add(XWPFStyles styles, CTStyle s) {
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
