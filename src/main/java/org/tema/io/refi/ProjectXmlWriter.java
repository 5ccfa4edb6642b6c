package org.tema.io.refi;

import static org.tema.io.refi.XmlElements.add;
import static org.tema.io.refi.XmlElements.addText;
import static org.tema.io.refi.XmlElements.set;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes {@code project.qde} in the {@code urn:QDA-XML:project:1.0} form, elements in the schema's order. */
public final class ProjectXmlWriter {
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    private static final String NS = NAMESPACE;

    private ProjectXmlWriter() {
    }

    public static void write(QdaProject p, OutputStream out) throws IOException {
        Document doc = SecureXml.newDocument();
        Element root = XmlElements.root(doc, NS, "Project");
        set(root, "name", p.name());
        set(root, "origin", p.origin());
        set(root, "creatingUserGUID", p.creatingUser());
        if (!p.users().isEmpty()) {
            Element users = add(root, NS, "Users");
            p.users().forEach(u -> {
                Element e = add(users, NS, "User");
                set(e, "guid", u.guid());
                set(e, "name", u.name());
            });
        }
        if (!p.codes().isEmpty()) {
            Element codes = add(add(root, NS, "CodeBook"), NS, "Codes");
            p.codes().forEach(c -> CodeXml.writeCode(codes, NS, c, true));
        }
        Map<String, String> types = new HashMap<>();
        if (!p.variables().isEmpty()) {
            Element vars = add(root, NS, "Variables");
            for (QdaProject.Variable v : p.variables()) {
                types.put(v.guid(), v.type());
                Element e = add(vars, NS, "Variable");
                set(e, "guid", v.guid());
                set(e, "name", v.name());
                set(e, "typeOfVariable", v.type());
                if (!v.description().isEmpty()) {
                    addText(e, NS, "Description", v.description());
                }
            }
        }
        if (!p.cases().isEmpty()) {
            Element cases = add(root, NS, "Cases");
            for (QdaProject.Case c : p.cases()) {
                Element e = add(cases, NS, "Case");
                set(e, "guid", c.guid());
                set(e, "name", c.name());
                if (!c.description().isEmpty()) {
                    addText(e, NS, "Description", c.description());
                }
                writeValues(e, c.values(), types);
                c.sourceRefs().forEach(s -> set(add(e, NS, "SourceRef"), "targetGUID", s));
            }
        }
        if (!p.textSources().isEmpty()) {
            Element sources = add(root, NS, "Sources");
            p.textSources().forEach(s -> writeSource(sources, s, types));
        }
        if (!p.notes().isEmpty()) {
            Element notes = add(root, NS, "Notes");
            for (QdaProject.Note n : p.notes()) {
                Element e = add(notes, NS, "Note");
                set(e, "guid", n.guid());
                set(e, "name", n.name());
                set(e, "creationDateTime", time(n.created()));
                addText(e, NS, "PlainTextContent", n.plainTextContent());
            }
        }
        if (!p.sets().isEmpty()) {
            Element sets = add(root, NS, "Sets");
            p.sets().forEach(s -> CodeXml.writeSet(sets, NS, s, true));
        }
        p.noteRefs().forEach(n -> set(add(root, NS, "NoteRef"), "targetGUID", n));
        SecureXml.write(doc, out);
    }

    private static void writeSource(Element parent, QdaProject.TextSource s, Map<String, String> types) {
        Element e = add(parent, NS, "TextSource");
        set(e, "guid", s.guid());
        set(e, "name", s.name());
        set(e, "plainTextPath", s.plainTextPath());
        for (QdaProject.Selection sel : s.selections()) {
            Element x = add(e, NS, "PlainTextSelection");
            set(x, "guid", sel.guid());
            set(x, "name", sel.name());
            set(x, "startPosition", Long.toString(sel.start()));
            set(x, "endPosition", Long.toString(sel.end()));
            set(x, "creatingUser", sel.creatingUser());
            set(x, "creationDateTime", time(sel.created()));
            if (!sel.description().isEmpty()) {
                addText(x, NS, "Description", sel.description());
            }
            for (QdaProject.Coding c : sel.codings()) {
                Element ce = add(x, NS, "Coding");
                set(ce, "guid", c.guid());
                set(ce, "creatingUser", c.creatingUser());
                set(ce, "creationDateTime", time(c.created()));
                set(add(ce, NS, "CodeRef"), "targetGUID", c.codeGuid());
                c.noteRefs().forEach(n -> set(add(ce, NS, "NoteRef"), "targetGUID", n));
            }
            sel.noteRefs().forEach(n -> set(add(x, NS, "NoteRef"), "targetGUID", n));
        }
        s.noteRefs().forEach(n -> set(add(e, NS, "NoteRef"), "targetGUID", n));
        writeValues(e, s.values(), types);
    }

    private static void writeValues(Element parent, List<QdaProject.Value> values, Map<String, String> types) {
        for (QdaProject.Value v : values) {
            Element e = add(parent, NS, "VariableValue");
            set(add(e, NS, "VariableRef"), "targetGUID", v.variableGuid());
            addText(e, NS, types.getOrDefault(v.variableGuid(), "Text") + "Value", v.value());
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
