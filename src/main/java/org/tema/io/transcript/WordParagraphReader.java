package org.tema.io.transcript;

import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one {@code w:p} from a StAX stream into a {@link Paragraph}, rendering its text as POI's
 * {@code XWPFParagraph.getText} does: runs in order, also inside hyperlinks, smart tags, simple
 * fields, content controls and inserted text; {@code w:tab}/{@code w:ptab} as a tab, {@code w:br} and
 * {@code w:cr} as a line feed, a no-break hyphen as U+2011, form check boxes as {@code |X|} or
 * {@code |_|}, runs marked caps or small caps in upper case. Left out: deleted and moved-away text,
 * field instructions, symbols ({@code w:sym}), footnote and endnote references, drawings, pictures
 * and text boxes, ruby guide text, and anything outside the WordprocessingML namespace (math,
 * alternate content). See decision record 0310 for where this differs from POI.
 */
final class WordParagraphReader {
    private WordParagraphReader() {
    }

    /** From the start of a {@code w:p}, reads to its end. */
    static Paragraph read(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder(256);
        BoldLabel label = new BoldLabel();
        WordXml.children(r, name -> switch (name) {
            case "r" -> {
                run(r, text, label);
                yield true;
            }
            case "pPr", "rPr", "del", "moveFrom", "sdtPr", "sdtEndPr" -> WordXml.skipped(r);
            default -> false; // hyperlink, smartTag, fldSimple, ins, moveTo, sdt, customXml...: their runs count
        });
        return label.paragraph(text.toString());
    }

    /** From the start of a {@code w:r}, appends its text to the paragraph and tells the label finder about it. */
    private static void run(XMLStreamReader r, StringBuilder text, BoldLabel label) throws XMLStreamException {
        int start = text.length();
        RunFormat format = RunFormat.PLAIN;
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == START_ELEMENT) {
                if (!WordXml.isWord(r)) {
                    WordXml.skip(r);
                    continue;
                }
                switch (r.getLocalName()) {
                    case "rPr" -> format = depth == 1 ? RunFormat.read(r) : skipped(r, format);
                    case "t" -> text.append(format.upperCase ? r.getElementText().toUpperCase(Locale.getDefault()) : r.getElementText());
                    case "tab", "ptab" -> text.append(skipped(r, '\t'));
                    case "br", "cr" -> text.append(skipped(r, '\n'));
                    case "noBreakHyphen" -> text.append(skipped(r, '\u2011'));
                    case "fldChar" -> checkBoxes(r, text);
                    case "ruby", "rubyBase", "r" -> depth++; // the base text of ruby, in runs of its own
                    default -> WordXml.skip(r); // instrText, delText, sym, drawing, pict, footnoteReference, rt...
                }
            } else if (e == END_ELEMENT) {
                depth--;
            }
        }
        label.run(text.subSequence(start, text.length()), format.bold);
    }

    private static <T> T skipped(XMLStreamReader r, T value) throws XMLStreamException {
        WordXml.skip(r);
        return value;
    }

    /** A legacy form field's check boxes, shown by their default state as POI shows them. */
    private static void checkBoxes(XMLStreamReader r, StringBuilder text) throws XMLStreamException {
        boolean begin = "begin".equals(r.getAttributeValue(WordXml.W, "fldCharType"));
        boolean checked = false;
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == START_ELEMENT) {
                depth++;
                if (WordXml.isWord(r) && r.getLocalName().equals("checkBox")) {
                    checked = false;
                } else if (WordXml.isWord(r) && r.getLocalName().equals("default")) {
                    checked = r.getAttributeValue(WordXml.W, "val") != null && WordXml.isOn(r);
                }
            } else if (e == END_ELEMENT) {
                depth--;
                if (begin && WordXml.isWord(r) && r.getLocalName().equals("checkBox")) {
                    text.append(checked ? "|X|" : "|_|");
                }
            }
        }
    }

    /** The direct formatting of a run that matters here. */
    private record RunFormat(boolean bold, boolean upperCase) {
        static final RunFormat PLAIN = new RunFormat(false, false);

        /** From the start of a run's {@code w:rPr}: the first {@code w:b}, {@code w:caps} and {@code w:smallCaps}. */
        static RunFormat read(XMLStreamReader r) throws XMLStreamException {
            Boolean bold = null;
            Boolean caps = null;
            Boolean smallCaps = null;
            int depth = 1;
            while (depth > 0) {
                int e = r.next();
                if (e == START_ELEMENT) {
                    if (depth == 1 && WordXml.isWord(r)) {
                        switch (r.getLocalName()) {
                            case "b" -> bold = bold == null ? WordXml.isOn(r) : bold;
                            case "caps" -> caps = caps == null ? WordXml.isOn(r) : caps;
                            case "smallCaps" -> smallCaps = smallCaps == null ? WordXml.isOn(r) : smallCaps;
                            default -> { }
                        }
                    }
                    depth++;
                } else if (e == END_ELEMENT) {
                    depth--;
                }
            }
            return new RunFormat(Boolean.TRUE.equals(bold), Boolean.TRUE.equals(caps) || Boolean.TRUE.equals(smallCaps));
        }
    }
}
