package org.tema.io.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tema.io.ImportException;

/**
 * Finds the main document part of a Word package the way POI's {@code OPCPackage} does: through the
 * package relationships ({@code _rels/.rels}), the relationship of type {@code officeDocument}
 * (transitional or strict), resolved against the package root. The part is then read as a stream
 * that may not inflate beyond the size its zip entry declares (see {@link ZipGuard}).
 */
public final class DocxPackage {
    private static final String RELATIONSHIPS = "_rels/.rels";
    private static final String[] OFFICE_DOCUMENT = {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"};

    private DocxPackage() {
    }

    /** Opens the main document part of an open package; the caller closes the stream (and the zip). */
    static InputStream mainDocument(ZipFile zip, Path file) throws IOException, XMLStreamException {
        ZipEntry part = zip.getEntry(mainDocumentName(zip, file));
        if (part == null || part.isDirectory()) {
            throw notWord(file, "its main document part is missing");
        }
        return ZipGuard.bounded(zip.getInputStream(part), part.getSize(), file);
    }

    /** The zip entry name of the main document part, e.g. {@code word/document.xml}. */
    public static String mainDocumentName(ZipFile zip, Path file) throws IOException, XMLStreamException {
        ZipEntry rels = zip.getEntry(RELATIONSHIPS);
        if (rels == null || zip.getEntry("[Content_Types].xml") == null) {
            throw notWord(file, "it has no package relationships or content types");
        }
        try (InputStream in = ZipGuard.bounded(zip.getInputStream(rels), rels.getSize(), file)) {
            XMLStreamReader r = SecureXml.staxFactory().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw notWord(file, "its relationships declare a DOCTYPE");
                    }
                    if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                            && isOfficeDocument(r.getAttributeValue(null, "Type"))
                            && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                        return resolve(r.getAttributeValue(null, "Target"), file);
                    }
                }
            } finally {
                r.close();
            }
        }
        throw notWord(file, "it has no main document");
    }

    private static boolean isOfficeDocument(String type) {
        return OFFICE_DOCUMENT[0].equals(type) || OFFICE_DOCUMENT[1].equals(type);
    }

    /** Resolves a relationship target against the package root; a target outside the package is refused. */
    static String resolve(String target, Path file) {
        if (target == null || target.isBlank()) {
            throw notWord(file, "its main document has no name");
        }
        try {
            URI uri = new URI("/").resolve(targetUri(target.strip())).normalize();
            String path = uri.getPath();
            if (uri.getScheme() != null || uri.getAuthority() != null || path == null || !path.startsWith("/")
                    || path.startsWith("/..") || path.contains("/../")) {
                throw notWord(file, "its main document points outside the package");
            }
            return path.substring(1);
        } catch (URISyntaxException e) {
            throw notWord(file, "its main document has a malformed name");
        }
    }

    private static URI targetUri(String target) throws URISyntaxException {
        try {
            return new URI(target); // as written, percent-encoded
        } catch (URISyntaxException e) {
            return new URI(null, null, target, null); // with raw spaces or letters outside ASCII
        }
    }

    private static ImportException notWord(Path file, String why) {
        return new ImportException(file, "the file is damaged or is not a Word document (" + why + ")");
    }
}
