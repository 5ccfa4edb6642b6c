package org.tema.io.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA code book ({@code .qdc}) leniently: any {@code urn:QDA-XML:codebook:*}
 * namespace or none, an empty {@code <Sets/>}, ids that are not GUIDs, GUIDs with braces.
 */
public final class CodebookReader {
    private CodebookReader() {
    }

    public static QdaCodebook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static QdaCodebook read(InputStream in, String fileName) throws IOException {
        Element root = SecureXml.parse(in, fileName).getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!XmlElements.localName(root).equals("CodeBook") || (ns != null && !ns.startsWith("urn:QDA-XML:codebook:"))) {
            throw new IOException(fileName + " is not a REFI-QDA code book (its root element is «"
                    + root.getNodeName() + "»)");
        }
        List<QdaCode> codes = XmlElements.child(root, "Codes").map(CodeXml::readCodes).orElse(List.of());
        List<QdaSet> sets = XmlElements.child(root, "Sets").map(CodeXml::readSets).orElse(List.of());
        return new QdaCodebook(root.getAttribute("origin"), codes, sets);
    }
}
