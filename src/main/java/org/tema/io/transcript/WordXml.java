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
