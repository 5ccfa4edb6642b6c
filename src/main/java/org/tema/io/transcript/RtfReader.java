package org.tema.io.transcript;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import org.tema.io.ImportException;

/** Rich Text {@code .rtf} through the JDK's RTF reader (enough for simple files): each line is a paragraph. */
public final class RtfReader implements TranscriptReader {
    @Override
    public String format() {
        return "rtf";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("rtf");
    }

    @Override
    public List<Paragraph> read(Path file) throws IOException {
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 5) < 5 || !new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("{\\rtf")) {
                throw new ImportException(file, "the file does not start with {\\rtf, so it is not a Rich Text file");
            }
        }
        String text = OfficeFiles.open(file, "a Rich Text file", () -> {
            DefaultStyledDocument doc = new DefaultStyledDocument();
            try (InputStream in = Files.newInputStream(file)) {
                new RTFEditorKit().read(in, doc, 0);
            }
            return doc.getText(0, doc.getLength());
        });
        return LineEndings.normalise(text).lines().filter(l -> !l.isBlank()).map(Paragraph::of).toList();
    }
}
