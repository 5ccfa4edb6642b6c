package org.tema.io.refi;

import static org.tema.io.refi.XmlElements.attr;
import static org.tema.io.refi.XmlElements.child;
import static org.tema.io.refi.XmlElements.childText;
import static org.tema.io.refi.XmlElements.children;
import static org.tema.io.refi.XmlElements.localName;
import static org.tema.io.refi.XmlElements.refs;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a REFI-QDA project ({@code .qde}) leniently: any {@code urn:QDA-XML:project:*} namespace or
 * none, containers in any case ({@code Codebook}), missing {@code Users}, ids that are not GUIDs.
 */
public final class ProjectXmlReader {
    private static final Set<String> OTHER_SOURCES = Set.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");

    private ProjectXmlReader() {
    }

    public static QdaProject read(InputStream in, String fileName) throws IOException {
        Element root = SecureXml.parse(in, fileName).getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!localName(root).equals("Project") || (ns != null && !ns.startsWith("urn:QDA-XML:project:"))) {
            throw new IOException(fileName + " is not a REFI-QDA project (its root element is «" + root.getNodeName() + "»)");
        }
        List<QdaProject.User> users = child(root, "Users").map(u -> children(u, "User").stream()
                .map(e -> new QdaProject.User(RefiGuids.normalise(e.getAttribute("guid")), e.getAttribute("name"))).toList())
                .orElse(List.of());
        List<QdaCode> codes = child(root, "CodeBook")
                .map(b -> CodeXml.readCodes(child(b, "Codes").orElse(b))).orElse(List.of());
        List<QdaProject.Variable> variables = child(root, "Variables").map(v -> children(v, "Variable").stream()
                .map(e -> new QdaProject.Variable(RefiGuids.normalise(e.getAttribute("guid")), e.getAttribute("name"),
                        e.getAttribute("typeOfVariable"), childText(e, "Description").strip())).toList()).orElse(List.of());
        List<QdaProject.Case> cases = child(root, "Cases").map(c -> children(c, "Case").stream()
                .map(e -> new QdaProject.Case(RefiGuids.normalise(e.getAttribute("guid")), e.getAttribute("name"),
                        childText(e, "Description").strip(), values(e), refs(e, "SourceRef"))).toList()).orElse(List.of());
        List<QdaProject.TextSource> texts = new ArrayList<>();
        List<QdaProject.OtherSource> others = new ArrayList<>();
        child(root, "Sources").ifPresent(sources -> {
            for (Node n = sources.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && localName(e).equals("TextSource")) {
                    texts.add(textSource(e));
                } else if (n instanceof Element e && OTHER_SOURCES.contains(localName(e))) {
                    others.add(new QdaProject.OtherSource(localName(e), RefiGuids.normalise(e.getAttribute("guid")),
                            e.getAttribute("name")));
                }
            }
        });
        List<QdaProject.Note> notes = child(root, "Notes").map(x -> children(x, "Note").stream()
                .map(e -> new QdaProject.Note(RefiGuids.normalise(e.getAttribute("guid")), e.getAttribute("name"),
                        attr(e, "plainTextPath"), child(e, "PlainTextContent").map(Element::getTextContent).orElse(null),
                        time(attr(e, "creationDateTime")))).toList()).orElse(List.of());
        List<QdaSet> sets = child(root, "Sets").map(CodeXml::readSets).orElse(List.of());
        String creator = attr(root, "creatingUserGUID");
        return new QdaProject(root.getAttribute("name"), root.getAttribute("origin"),
                creator == null ? null : RefiGuids.normalise(creator), users, codes, variables, cases, texts, others,
                notes, sets, refs(root, "NoteRef"));
    }

    private static QdaProject.TextSource textSource(Element e) {
        List<QdaProject.Selection> selections = children(e, "PlainTextSelection").stream().map(s -> new QdaProject.Selection(
                RefiGuids.normalise(s.getAttribute("guid")), s.getAttribute("name"), position(s, "startPosition"),
                position(s, "endPosition"), childText(s, "Description").strip(), codings(s), refs(s, "NoteRef"),
                guidOrNull(attr(s, "creatingUser")), time(attr(s, "creationDateTime")))).toList();
        return new QdaProject.TextSource(RefiGuids.normalise(e.getAttribute("guid")), e.getAttribute("name"),
                childText(e, "Description").strip(), attr(e, "plainTextPath"),
                child(e, "PlainTextContent").map(Element::getTextContent).orElse(null), selections, refs(e, "NoteRef"), values(e));
    }

    private static List<QdaProject.Coding> codings(Element selection) {
        return children(selection, "Coding").stream().map(c -> new QdaProject.Coding(RefiGuids.normalise(c.getAttribute("guid")),
                child(c, "CodeRef").map(r -> RefiGuids.normalise(r.getAttribute("targetGUID"))).orElse(null),
                guidOrNull(attr(c, "creatingUser")), time(attr(c, "creationDateTime")), refs(c, "NoteRef"))).toList();
    }

    private static List<QdaProject.Value> values(Element owner) {
        List<QdaProject.Value> out = new ArrayList<>();
        for (Element v : children(owner, "VariableValue")) {
            String ref = child(v, "VariableRef").map(r -> r.getAttribute("targetGUID")).orElse("");
            for (Node n = v.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && localName(e).endsWith("Value") && !ref.isBlank()) {
                    out.add(new QdaProject.Value(RefiGuids.normalise(ref), e.getTextContent().strip()));
                }
            }
        }
        return out;
    }

    /** A position, or -1 when it is missing or not a number (the selection is then skipped). */
    private static long position(Element e, String name) {
        try {
            return Long.parseLong(e.getAttribute(name).strip());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static String guidOrNull(String raw) {
        return raw == null || raw.isBlank() ? null : RefiGuids.normalise(raw);
    }

    static Instant time(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(raw.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
