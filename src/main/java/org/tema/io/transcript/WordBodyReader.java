package org.tema.io.transcript;

import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a Word main document part ({@code word/document.xml}) with StAX: the body's paragraphs and
 * table rows in order, including those inside block-level content controls and custom XML; section
 * properties and everything outside the body left out. Headers, footers and notes live in other
 * parts and are never read.
 */
final class WordBodyReader {
    /** A factory per thread: the import reads several files at once, and StAX factories need not be thread-safe. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SecureXml::staxFactory);

    private WordBodyReader() {
    }

    /** The paragraphs of the body in order, blank ones included. */
    static List<Paragraph> read(InputStream in) throws XMLStreamException {
        XMLStreamReader r = FACTORY.get().createXMLStreamReader(in);
        try {
            toDocument(r);
            List<Paragraph> out = new ArrayList<>();
            WordXml.children(r, name -> switch (name) {
                case "p" -> out.add(WordParagraphReader.read(r));
                case "tbl" -> {
                    out.addAll(WordTableReader.read(r));
                    yield true;
                }
                case "background", "sectPr", "sdtPr", "sdtEndPr", "del", "moveFrom" -> WordXml.skipped(r);
                default -> false; // body, sdt, sdtContent, customXml
            });
            return out;
        } finally {
            r.close();
        }
    }

    /** Moves to the root element, which must be {@code w:document}; a DOCTYPE is refused. */
    private static void toDocument(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == DTD) {
                throw new XMLStreamException("the document part declares a DOCTYPE");
            }
            if (e == START_ELEMENT) {
                if (WordXml.isWord(r) && r.getLocalName().equals("document")) {
                    return;
                }
                throw new XMLStreamException("the main part is not a Word document but " + r.getName());
            }
        }
        throw new XMLStreamException("the main part is empty");
    }
}
