package org.tema.io.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** SubRip {@code .srt} subtitles: numbered cues with timing kept on the turns; speakers come from labels in the text. */
public final class SrtReader implements TranscriptReader {
    @Override
    public String format() {
        return "srt";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("srt");
    }

    @Override
    public List<Paragraph> read(Path file) throws IOException {
        return SubtitleCues.paragraphs(file, TextDecoder.decode(file, Files.readAllBytes(file)), 1, false);
    }
}
