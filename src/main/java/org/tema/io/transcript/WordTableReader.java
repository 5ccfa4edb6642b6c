package org.tema.io.transcript;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a {@code w:tbl} from a StAX stream as one paragraph per row. A cell's text is its
 * paragraphs, and the cells of any table nested in it, joined by spaces; a row of two or more
 * non-empty cells whose first cell looks like a speaker label is a labelled turn («Berit: ...»),
 * any other row its cells joined by tabs.
 */
final class WordTableReader {
    private WordTableReader() {
    }

    /** From the start of a {@code w:tbl}, reads to its end: one paragraph per row. */
    static List<Paragraph> read(XMLStreamReader r) throws XMLStreamException {
        return rows(r).stream().map(WordTableReader::row).toList();
    }

    /** From the start of a {@code w:tbl}, reads to its end: the cells' texts of each row. */
    private static List<List<String>> rows(XMLStreamReader r) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        WordXml.children(r, name -> switch (name) {
            case "tr" -> rows.add(cells(r));
            case "tblPr", "tblGrid", "sdtPr", "sdtEndPr", "del", "moveFrom" -> WordXml.skipped(r);
            default -> false; // content controls and custom XML around rows
        });
        return rows;
    }

    /** One row from its cells' texts: a labelled turn, or the non-empty cells joined by tabs. */
    static Paragraph row(List<String> cellTexts) {
        List<String> cells = cellTexts.stream().map(c -> c.replace('\n', ' ').strip()).filter(s -> !s.isEmpty()).toList();
        if (cells.size() >= 2 && DocxReader.looksLikeLabel(cells.get(0))) {
            String rest = String.join(" ", cells.subList(1, cells.size()));
            String label = cells.get(0).endsWith(":") ? cells.get(0).substring(0, cells.get(0).length() - 1).strip() : cells.get(0);
            return Paragraph.labelled(label, label + ": " + rest);
        }
        return Paragraph.of(String.join("\t", cells));
    }

    /** From the start of a {@code w:tr}: the text of each cell. */
    private static List<String> cells(XMLStreamReader r) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        WordXml.children(r, name -> switch (name) {
            case "tc" -> cells.add(cell(r));
            case "trPr", "tblPrEx", "sdtPr", "sdtEndPr", "del", "moveFrom" -> WordXml.skipped(r);
            default -> false;
        });
        return cells;
    }

    /** From the start of a {@code w:tc}: its paragraphs and nested tables' rows, one line each. */
    private static String cell(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        WordXml.children(r, name -> switch (name) {
            case "p" -> line(text, WordParagraphReader.read(r).text());
            case "tbl" -> {
                rows(r).forEach(row -> row.forEach(cell -> line(text, cell)));
                yield true;
            }
            case "tcPr", "sdtPr", "sdtEndPr", "del", "moveFrom" -> WordXml.skipped(r);
            default -> false;
        });
        return text.toString();
    }

    /** Adds a non-blank line to a cell's text; always true, as the element was read. */
    private static boolean line(StringBuilder cell, String line) {
        if (!line.isBlank()) {
            cell.append(cell.isEmpty() ? "" : "\n").append(line.strip());
        }
        return true;
    }
}
