package org.tema.io.refi;

import static org.tema.io.refi.XmlElements.add;
import static org.tema.io.refi.XmlElements.addText;
import static org.tema.io.refi.XmlElements.attr;
import static org.tema.io.refi.XmlElements.children;
import static org.tema.io.refi.XmlElements.set;

import java.util.List;
import org.w3c.dom.Element;

/** Reads and writes {@code Code} and {@code Set} elements, which code books and projects share. */
final class CodeXml {
    private CodeXml() {
    }

    static List<QdaCode> readCodes(Element codes) {
        return children(codes, "Code").stream().map(CodeXml::readCode).toList();
    }

    static QdaCode readCode(Element e) {
        String codable = attr(e, "isCodable");
        return new QdaCode(RefiGuids.normalise(e.getAttribute("guid")), e.getAttribute("name"),
                codable == null || !codable.strip().equalsIgnoreCase("false"), blankToNull(attr(e, "color")),
                XmlElements.childText(e, "Description").strip(), XmlElements.refs(e, "NoteRef"),
                children(e, "Code").stream().map(CodeXml::readCode).toList());
    }

    static List<QdaSet> readSets(Element sets) {
        return children(sets, "Set").stream().map(s -> new QdaSet(RefiGuids.normalise(s.getAttribute("guid")),
                s.getAttribute("name"), XmlElements.childText(s, "Description").strip(), XmlElements.refs(s, "MemberCode"),
                XmlElements.refs(s, "MemberSource"), XmlElements.refs(s, "MemberNote"))).toList();
    }

    /** Writes a code and its children; {@code noteRefs} is false in code books, whose schema has none. */
    static void writeCode(Element parent, String ns, QdaCode code, boolean noteRefs) {
        Element e = add(parent, ns, "Code");
        set(e, "guid", code.guid());
        set(e, "name", code.name());
        set(e, "isCodable", Boolean.toString(code.codable()));
        set(e, "color", code.colour());
        if (!code.description().isEmpty()) {
            addText(e, ns, "Description", code.description());
        }
        if (noteRefs) {
            code.noteRefs().forEach(n -> set(add(e, ns, "NoteRef"), "targetGUID", n));
        }
        code.children().forEach(c -> writeCode(e, ns, c, noteRefs));
    }

    /** Writes a set; in code books a member code is {@code guid=}, in projects {@code targetGUID=}. */
    static void writeSet(Element parent, String ns, QdaSet s, boolean project) {
        Element e = add(parent, ns, "Set");
        set(e, "guid", s.guid());
        set(e, "name", s.name());
        if (!s.description().isEmpty()) {
            addText(e, ns, "Description", s.description());
        }
        String ref = project ? "targetGUID" : "guid";
        s.memberCodes().forEach(g -> set(add(e, ns, "MemberCode"), ref, g));
        if (project) {
            s.memberSources().forEach(g -> set(add(e, ns, "MemberSource"), ref, g));
            s.memberNotes().forEach(g -> set(add(e, ns, "MemberNote"), ref, g));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
