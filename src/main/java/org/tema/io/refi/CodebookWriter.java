package org.tema.io.refi;

import java.io.IOException;
import java.io.OutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes a code book in the exact {@code urn:QDA-XML:codebook:1.0} form that the schema accepts. */
public final class CodebookWriter {
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private CodebookWriter() {
    }

    public static void write(QdaCodebook book, OutputStream out) throws IOException {
        if (book.codes().isEmpty()) {
            throw new IOException("A code book needs at least one code");
        }
        Document doc = SecureXml.newDocument();
        Element root = XmlElements.root(doc, NAMESPACE, "CodeBook");
        XmlElements.set(root, "origin", book.origin());
        Element codes = XmlElements.add(root, NAMESPACE, "Codes");
        book.codes().forEach(c -> CodeXml.writeCode(codes, NAMESPACE, c, false));
        if (!book.sets().isEmpty()) {
            Element sets = XmlElements.add(root, NAMESPACE, "Sets");
            book.sets().forEach(s -> CodeXml.writeSet(sets, NAMESPACE, s, false));
        }
        SecureXml.write(doc, out);
    }
}
