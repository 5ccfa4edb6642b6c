package org.tema.io.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * DOM helpers that match elements by local name only, so that every REFI-QDA namespace variant
 * ({@code 1.0}, {@code 1:0}, {@code 0:4}, none) reads alike; and helpers to write elements in one namespace.
 */
final class XmlElements {
    private XmlElements() {
    }

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child of this name, compared ignoring case (an early exporter wrote {@code Codebook}). */
    static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equalsIgnoreCase(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String childText(Element parent, String name) {
        return child(parent, name).map(Element::getTextContent).orElse("");
    }

    /** The attribute's value, or null when it is absent. */
    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    static List<String> refs(Element parent, String name) {
        return children(parent, name).stream().map(e -> attr(e, "targetGUID") != null ? e.getAttribute("targetGUID")
                : e.getAttribute("guid")).filter(s -> !s.isBlank()).map(RefiGuids::normalise).toList();
    }

    static Element add(Element parent, String namespace, String name) {
        Element e = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(e);
        return e;
    }

    static Element addText(Element parent, String namespace, String name, String text) {
        Element e = add(parent, namespace, name);
        e.setTextContent(xmlSafe(text));
        return e;
    }

    static Element root(Document doc, String namespace, String name) {
        Element e = doc.createElementNS(namespace, name);
        doc.appendChild(e);
        return e;
    }

    static void set(Element e, String name, String value) {
        if (value != null) {
            e.setAttribute(name, xmlSafe(value));
        }
    }

    /** Removes characters that XML 1.0 cannot hold (control characters other than tab and line breaks). */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (bad && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (!bad && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
