package org.tema.io.transcript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Reads one transcript format into paragraphs. Problems with the content throw {@link org.tema.io.ImportException}. */
public interface TranscriptReader {
    /** The format's short name as stored on the document: {@code txt}, {@code docx}, {@code vtt}... */
    String format();

    /** The file name extensions, lower case without the dot. */
    Set<String> extensions();

    /** The paragraphs in reading order. */
    List<Paragraph> read(Path file) throws IOException;

    /** What goes between paragraphs in the stored text. */
    default String separator() {
        return "\n\n";
    }
}
