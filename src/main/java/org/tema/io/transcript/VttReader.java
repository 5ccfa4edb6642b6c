package org.tema.io.transcript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.tema.io.ImportException;

/** WebVTT subtitles from automatic transcribers: voice tags {@code <v Name>} give the speaker, cue timing goes on the turns. */
public final class VttReader implements TranscriptReader {
    @Override
    public String format() {
        return "vtt";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("vtt");
    }

    @Override
    public List<Paragraph> read(Path file) throws IOException {
        String text = TextDecoder.decode(file, Files.readAllBytes(file));
        if (!text.startsWith("WEBVTT")) {
            throw new ImportException(file, "it does not start with WEBVTT, so it is not a WebVTT file");
        }
        int headerEnd = text.indexOf("\n\n");
        if (headerEnd < 0) {
            throw new ImportException(file, "it holds no subtitle cues");
        }
        int firstLine = (int) text.substring(0, headerEnd).chars().filter(c -> c == '\n').count() + 2;
        return SubtitleCues.paragraphs(file, text.substring(headerEnd + 1), firstLine, true);
    }
}
