package org.tema.io.transcript;

import java.util.Random;

/**
 * Writes varied WordprocessingML main documents for the equivalence tests: bold labels with every
 * spelling of {@code w:b}, mixed runs, tabs and breaks, hyperlinks, smart tags, simple and complex
 * fields, check boxes, tracked insertions and deletions, inline content controls, caps, symbols,
 * bookmarks, formatting changes, empty paragraphs and tables (label tables too), in Norwegian with
 * emoji. Deleted text and content controls never come before the first plain run, where Tema's
 * streaming reader deliberately differs from POI about the label (decision record 0310).
 */
final class RandomWordXml {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>";
    static final String TAIL = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
    private static final String[] WORDS = {"Ja", "altså", "blåbær", "Øystein", "ærlig", "å", "møte", "😀", "👍🏽", "&", "<ikke tag>",
        "\"sitat\"", "kontoret", "ÆØÅ", "tillit", "egentlig", "mm", "ungdommen"};
    private static final String[] NAMES = {"Anne", "Berit", "Bjørn", "Intervjuer", "Ærlige Åse", "I1", "Deltaker 2"};
    private static final String[] BOLD = {"<w:b/>", "<w:b w:val=\"true\"/>", "<w:b w:val=\"1\"/>", "<w:b w:val=\"on\"/>"};
    private static final String[] NOT_BOLD = {"<w:b w:val=\"false\"/>", "<w:b w:val=\"0\"/>", "<w:b w:val=\"off\"/>", "",
        "<w:i/>", "<w:rPrChange w:id=\"1\" w:author=\"A\"><w:rPr><w:b/></w:rPr></w:rPrChange>"};
    private final Random random;

    RandomWordXml(long seed) {
        random = new Random(seed);
    }

    /** A whole document.xml with 1 to 12 blocks. */
    String document() {
        StringBuilder s = new StringBuilder(HEAD);
        int blocks = 1 + random.nextInt(12);
        for (int i = 0; i < blocks; i++) {
            s.append(random.nextInt(6) == 0 ? table() : paragraph());
        }
        return s.append(TAIL).toString();
    }

    private String paragraph() {
        StringBuilder s = new StringBuilder("<w:p>");
        if (random.nextInt(3) == 0) {
            s.append("<w:pPr><w:pStyle w:val=\"Normal\"/><w:rPr><w:b/></w:rPr></w:pPr>");
        }
        int kind = random.nextInt(10);
        if (kind == 0) {
            return s.append(random.nextBoolean() ? "" : run("", t("   "))).append("</w:p>").toString();
        }
        if (kind < 5) {
            label(s);
        }
        int fragments = 1 + random.nextInt(6);
        boolean plainSeen = kind < 5;
        for (int i = 0; i < fragments; i++) {
            s.append(fragment(plainSeen));
            plainSeen = true; // every fragment below starts with a plain run or has no text
        }
        return s.append("</w:p>").toString();
    }

    private void label(StringBuilder s) {
        String name = pick(NAMES) + (random.nextInt(4) == 0 ? "" : ":");
        String bold = pick(random.nextInt(5) == 0 ? NOT_BOLD : BOLD);
        if (random.nextBoolean() && name.length() > 2) {
            int cut = 1 + random.nextInt(name.length() - 1);
            s.append(run(bold, t(name.substring(0, cut)))).append(run(bold, t(name.substring(cut))));
        } else {
            s.append(run(bold, t(name)));
        }
        s.append(run(random.nextBoolean() ? "" : "<w:b w:val=\"0\"/>", t(" " + words())));
    }

    private String fragment(boolean plainSeen) {
        int kind = random.nextInt(plainSeen ? 16 : 13);
        return switch (kind) {
            case 0 -> run("", t(words()) + "<w:tab/>" + t(words()));
            case 1 -> run("", t(words()) + "<w:br/>" + t(words()) + "<w:cr/>");
            case 2 -> run("", t(words()) + "<w:noBreakHyphen/>" + t(words()) + "<w:softHyphen/><w:sym w:font=\"Wingdings\" w:char=\"F04A\"/>");
            case 3 -> run("<w:caps/>", t(words())) + run("<w:smallCaps w:val=\"false\"/>", t(" " + words()));
            case 4 -> "<w:hyperlink w:anchor=\"m\">" + run("<w:rStyle w:val=\"Hyperlink\"/>", t(words())) + run("", t(" lenke")) + "</w:hyperlink>";
            case 5 -> "<w:smartTag w:uri=\"u\" w:element=\"place\">" + run("", t(words())) + "<w:smartTag w:element=\"city\">"
                    + run("", t(" Oslo")) + "</w:smartTag></w:smartTag>";
            case 6 -> "<w:fldSimple w:instr=\" PAGE \">" + run("", t("7")) + "</w:fldSimple>" + run("", t(" " + words()));
            case 7 -> run("", "<w:fldChar w:fldCharType=\"begin\"/>") + run("", "<w:instrText xml:space=\"preserve\"> DATE \\@ \"d.M.yyyy\" </w:instrText>")
                    + run("", "<w:fldChar w:fldCharType=\"separate\"/>") + run("", t("3.12.2026")) + run("", "<w:fldChar w:fldCharType=\"end\"/>");
            case 8 -> run("", "<w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"K1\"/><w:checkBox><w:sizeAuto/>"
                    + "<w:default w:val=\"" + (random.nextBoolean() ? "1" : "0") + "\"/></w:checkBox></w:ffData></w:fldChar>")
                    + run("", "<w:instrText> FORMCHECKBOX </w:instrText>") + run("", "<w:fldChar w:fldCharType=\"end\"/>") + run("", t(" " + words()));
            case 9 -> "<w:ins w:id=\"2\" w:author=\"A\" w:date=\"2026-12-01T10:00:00Z\">" + run("", t(words())) + run("<w:b/>", t(" ny")) + "</w:ins>";
            case 10 -> "<w:bookmarkStart w:id=\"0\" w:name=\"b\"/>" + run("", t(words())) + "<w:bookmarkEnd w:id=\"0\"/><w:proofErr w:type=\"spellStart\"/>"
                    + run("", "<w:lastRenderedPageBreak/>" + t(" " + words())) + "<w:proofErr w:type=\"spellEnd\"/>";
            case 11 -> run(pick(NOT_BOLD), t(words())) + run(pick(BOLD), t(" " + words()));
            case 12 -> run("", t(" " + words() + " "));
            case 13 -> "<w:del w:id=\"3\" w:author=\"A\" w:date=\"2026-12-01T10:00:00Z\">" + run("<w:b/>", "<w:delText>" + esc(words()) + "</w:delText>") + "</w:del>";
            case 14 -> "<w:sdt><w:sdtPr><w:alias w:val=\"Felt\"/><w:text/></w:sdtPr><w:sdtContent>" + run("", t(words()))
                    + run("<w:b/>", "<w:tab/>" + t("x")) + "</w:sdtContent></w:sdt>";
            default -> run("", t(words()) + "<w:tab/>");
        };
    }

    private String table() {
        int rows = 1 + random.nextInt(4);
        int cols = 1 + random.nextInt(3);
        boolean labels = random.nextBoolean();
        StringBuilder s = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        s.append("<w:gridCol w:w=\"2000\"/>".repeat(cols)).append("</w:tblGrid>");
        for (int r = 0; r < rows; r++) {
            s.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < cols; c++) {
                String text = c == 0 && labels ? pick(NAMES) + (random.nextBoolean() ? ":" : "") : random.nextInt(5) == 0 ? "" : words();
                s.append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p>").append(run(random.nextBoolean() ? "<w:b/>" : "", t(text)))
                        .append(random.nextInt(4) == 0 ? run("", "<w:tab/>" + t(words())) : "").append("</w:p></w:tc>");
            }
            s.append("</w:tr>");
        }
        return s.append("</w:tbl><w:p/>").toString();
    }

    private String words() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return s.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    static String run(String properties, String content) {
        return "<w:r>" + (properties.isEmpty() ? "" : "<w:rPr>" + properties + "</w:rPr>") + content + "</w:r>";
    }

    static String t(String text) {
        return "<w:t xml:space=\"preserve\">" + esc(text) + "</w:t>";
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
