package org.tema.io.transcript;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** What the streaming Word reader's classes share: the WordprocessingML namespace and moving over elements. */
final class WordXml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {
    }

    /** True at the start of an element in the WordprocessingML namespace. */
    static boolean isWord(XMLStreamReader r) {
        return W.equals(r.getNamespaceURI());
    }

    /** A {@code w:val} attribute of an on/off property: absent, true, 1 or on mean on. */
    static boolean isOn(XMLStreamReader r) {
        String v = r.getAttributeValue(W, "val");
        return v == null || v.equals("true") || v.equals("1") || v.equals("on");
    }

    /** What to do with a Word element met by {@link #children}. */
    @FunctionalInterface
    interface Child {
        /**
         * Reads or skips the element at the reader up to its end and returns true; or returns false
         * to go on into it, so that its children count as its parent's.
         */
        boolean take(String localName) throws XMLStreamException;
    }

    /**
     * From the start of an element, reads to its end, handing each element in the WordprocessingML
     * namespace to {@code child}; elements of other namespaces are skipped whole.
     */
    static void children(XMLStreamReader r, Child child) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (!isWord(r)) {
                    skip(r);
                } else if (!child.take(r.getLocalName())) {
                    depth++;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Skips the element at the reader and says it was taken (for {@link Child}). */
    static boolean skipped(XMLStreamReader r) throws XMLStreamException {
        skip(r);
        return true;
    }

    /** From the start of an element, moves to its end, passing over everything inside. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
