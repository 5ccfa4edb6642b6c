package org.tema.io.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Plain text and Markdown: each line is a paragraph, the text is kept exactly (with LF line endings). */
public final class PlainTextReader implements TranscriptReader {
    private final String format;
    private final Set<String> extensions;

    public PlainTextReader(String format, Set<String> extensions) {
        this.format = format;
        this.extensions = extensions;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Set<String> extensions() {
        return extensions;
    }

    @Override
    public String separator() {
        return "\n";
    }

    @Override
    public List<Paragraph> read(Path file) throws IOException {
        String text = TextDecoder.decode(file, Files.readAllBytes(file));
        return text.lines().map(Paragraph::of).toList();
    }
}
