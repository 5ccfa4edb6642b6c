package org.tema.io.transcript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tema.io.ImportException;

/**
 * The cues of a subtitle file (WebVTT or SubRip): blocks separated by blank lines, each with an
 * optional identifier, a timing line {@code start --> end}, and the spoken text. Consecutive cues of
 * the same voice become one paragraph, so that a speaker's turn is not cut at every subtitle.
 */
final class SubtitleCues {
    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private record Cue(long start, long end, String voice, String text) {
    }

    private SubtitleCues() {
    }

    /** Parses the cue blocks of {@code text} (the header, if any, already removed); {@code firstLine} is its line number. */
    static List<Paragraph> paragraphs(Path file, String text, int firstLine, boolean skipVttBlocks) {
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            List<String> block = new ArrayList<>();
            while (i < lines.length && !lines[i].isBlank()) {
                block.add(lines[i++]);
            }
            if (skipVttBlocks && block.get(0).matches("^(NOTE|STYLE|REGION)\\b.*")) {
                continue;
            }
            cues.add(cue(file, block, firstLine + blockStart));
        }
        if (cues.isEmpty()) {
            throw new ImportException(file, "it holds no subtitle cues");
        }
        return merge(cues);
    }

    private static Cue cue(Path file, List<String> block, int line) {
        int t = block.get(0).contains("-->") ? 0 : block.size() > 1 && block.get(1).contains("-->") ? 1 : -1;
        if (t < 0) {
            throw new ImportException(file, "the cue at line " + line + " has no timing line (start --> end)");
        }
        Matcher m = TIMING.matcher(block.get(t));
        long start;
        long end;
        try {
            if (!m.matches()) {
                throw new IllegalArgumentException();
            }
            start = SubtitleTime.parseMillis(m.group(1));
            end = SubtitleTime.parseMillis(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, "the cue at line " + (line + t) + " has a broken timing line «" + block.get(t).strip() + "»");
        }
        if (end < start) {
            throw new ImportException(file, "the cue at line " + (line + t) + " ends before it starts");
        }
        String payload = String.join(" ", block.subList(t + 1, block.size()));
        Matcher v = VOICE.matcher(payload);
        String voice = v.find() ? v.group(1).strip() : null;
        String words = entities(TAG.matcher(payload).replaceAll("")).replaceAll("\\s+", " ").strip();
        return new Cue(start, end, voice, words);
    }

    private static List<Paragraph> merge(List<Cue> cues) {
        List<Paragraph> out = new ArrayList<>();
        Cue open = null;
        for (Cue c : cues) {
            if (c.text().isEmpty()) {
                continue;
            }
            if (open != null && open.voice() != null && open.voice().equals(c.voice())) {
                open = new Cue(open.start(), c.end(), open.voice(), open.text() + " " + c.text());
            } else {
                add(out, open);
                open = c;
            }
        }
        add(out, open);
        return out;
    }

    private static void add(List<Paragraph> out, Cue c) {
        if (c == null) {
            return;
        }
        String text = c.voice() == null ? c.text() : c.voice() + ": " + c.text();
        out.add(new Paragraph(text, c.voice(), c.start(), c.end()));
    }

    private static String entities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&amp;", "&");
    }
}
