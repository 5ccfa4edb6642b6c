package org.tema.io.guide;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.tema.io.ImportException;
import org.tema.io.transcript.DocxReader;
import org.tema.io.transcript.TextDecoder;

/** Reads an interview guide ({@code .docx}, {@code .txt}, {@code .md}) into its themes and questions. */
public final class GuideReader {
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$");
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(heading|overskrift)\\s*(\\d)$");

    private GuideReader() {
    }

    public static Guide read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Guide guide;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new ImportException(file, Files.isRegularFile(file) ? "the file is empty" : "the file does not exist");
            }
            if (name.endsWith(".docx")) {
                guide = GuideParser.parse(docx(file));
            } else if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
                guide = GuideParser.parse(text(TextDecoder.decode(file, Files.readAllBytes(file))));
            } else {
                throw new ImportException(file, "an interview guide must be .docx, .txt or .md");
            }
        } catch (IOException e) {
            throw new ImportException(file, "the file could not be read (" + e.getMessage() + ")", e);
        }
        if (guide.questionCount() == 0) {
            throw new ImportException(file, "no questions were found (number them «1.», «2.» or use a numbered list)");
        }
        return guide;
    }

    static List<GuideLine> text(String text) {
        List<GuideLine> lines = new ArrayList<>();
        List<String> all = text.lines().toList();
        int deepest = all.stream().map(MD_HEADING::matcher).filter(Matcher::matches).mapToInt(m -> m.group(1).length()).max().orElse(0);
        for (String l : all) {
            Matcher m = MD_HEADING.matcher(l.strip());
            if (m.matches()) {
                boolean title = m.group(1).length() < deepest;
                lines.add(new GuideLine(title ? GuideLine.Kind.TITLE : GuideLine.Kind.HEADING, m.group(1).length(), m.group(2)));
            } else {
                lines.add(GuideLine.plain(l.replace("**", "")));
            }
        }
        return lines;
    }

    private static List<GuideLine> docx(Path file) throws IOException {
        List<GuideLine> lines = new ArrayList<>();
        try (XWPFDocument doc = DocxReader.open(file)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    lines.add(line(p));
                }
            }
        }
        return lines;
    }

    private static GuideLine line(XWPFParagraph p) {
        String style = p.getStyle() == null ? "" : p.getStyle().replace(" ", "");
        if (style.equalsIgnoreCase("Title") || style.equalsIgnoreCase("Tittel")) {
            return new GuideLine(GuideLine.Kind.TITLE, 0, p.getText());
        }
        Matcher h = HEADING_STYLE.matcher(style);
        if (h.matches()) {
            return new GuideLine(GuideLine.Kind.HEADING, Integer.parseInt(h.group(2)), p.getText());
        }
        if (p.getNumID() != null) {
            BigInteger level = p.getNumIlvl();
            if ("bullet".equals(p.getNumFmt())) {
                return GuideLine.plain((level == null || level.intValue() == 0 ? "" : "  ") + "- " + p.getText());
            }
            return new GuideLine(GuideLine.Kind.LIST_ITEM, level == null ? 0 : level.intValue(), p.getText());
        }
        return GuideLine.plain(p.getText());
    }
}
