package org.tema.io.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.tema.io.ImportException;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** OpenDocument {@code .odt}: the paragraphs and headings of {@code content.xml}, tables as text, notes left out. */
public final class OdtReader implements TranscriptReader {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    @Override
    public String format() {
        return "odt";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("odt");
    }

    @Override
    public List<Paragraph> read(Path file) throws IOException {
        ZipGuard.check(file, "an OpenDocument text");
        return OfficeFiles.open(file, "an OpenDocument text", () -> {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry content = zip.getEntry("content.xml");
                if (content == null) {
                    throw new ImportException(file, "the file has no content.xml, so it is not an OpenDocument text");
                }
                Handler h = new Handler();
                try (InputStream in = ZipGuard.bounded(zip.getInputStream(content), ZipGuard.MAX_TOTAL_BYTES, file)) {
                    SecureXml.saxParser().parse(in, h);
                }
                return h.paragraphs.stream().filter(p -> !p.text().isBlank()).toList();
            }
        });
    }

    private static final class Handler extends DefaultHandler {
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int depth;
        private int noteDepth;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (!TEXT_NS.equals(uri)) {
                return;
            }
            switch (local) {
                case "note" -> noteDepth++;
                case "p", "h" -> {
                    if (noteDepth == 0 && depth++ > 0) {
                        flush();
                    }
                }
                case "s" -> {
                    String c = atts.getValue(TEXT_NS, "c");
                    append(" ".repeat(c == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(c)))));
                }
                case "tab" -> append("\t");
                case "line-break" -> append(" ");
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (!TEXT_NS.equals(uri)) {
                return;
            }
            if (local.equals("note")) {
                noteDepth--;
            } else if ((local.equals("p") || local.equals("h")) && noteDepth == 0) {
                depth--;
                flush();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (depth > 0 && noteDepth == 0) {
                current.append(ch, start, length);
            }
        }

        private void append(String s) {
            if (depth > 0 && noteDepth == 0) {
                current.append(s);
            }
        }

        private void flush() {
            paragraphs.add(Paragraph.of(current.toString()));
            current.setLength(0);
        }
    }
}
