package org.tema.io.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tema.model.CodeDefinition;

/**
 * How Tema's fields that REFI-QDA has no place for are written, so that a Tema export read back
 * gives the same project: a code's number goes before its name, the parts of its definition into
 * its description under headings, and things without their own GUID get name-based GUIDs.
 */
public final class TemaConventions {
    public static final String ORIGIN = "Tema";
    static final String WHEN_TO_USE = "When to use:";
    static final String WHEN_NOT_TO_USE = "When not to use:";
    static final String EXAMPLE = "Example:";
    private static final Pattern HEADING = Pattern.compile("(?m)^(When to use:|When not to use:|Example:)[ \\t]*");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+(?:\\.\\d+)*[a-z]?\\.?) (\\S.*)", Pattern.DOTALL);

    /** The participant's group, written as a variable of every case. */
    public static final String GROUP_VARIABLE = RefiGuids.derive("tema", "variable", "group");
    /** Whether the participant was an interviewer. */
    public static final String INTERVIEWER_VARIABLE = RefiGuids.derive("tema", "variable", "interviewer");
    /** The interview date of a transcript, written as a variable of its source. */
    public static final String INTERVIEW_DATE_VARIABLE = RefiGuids.derive("tema", "variable", "interview-date");

    private TemaConventions() {
    }

    public static boolean fromTema(String origin) {
        return origin != null && origin.startsWith(ORIGIN);
    }

    /** A code's number and name as one REFI name: «2.1 Trust». */
    public static String codeName(String number, String name) {
        return number == null || number.isEmpty() ? name : number + " " + name;
    }

    /** Splits «2.1 Trust» into number and name when the file came from Tema; otherwise the name is whole. */
    public static String[] splitCodeName(String refiName, boolean fromTema) {
        Matcher m = NUMBERED.matcher(refiName);
        return fromTema && m.matches() ? new String[] {m.group(1), m.group(2)} : new String[] {"", refiName};
    }

    /** The definition as one description: the description, then the other parts under their headings. */
    public static String description(CodeDefinition d) {
        List<String> parts = new ArrayList<>();
        if (!d.description().isBlank()) {
            parts.add(d.description().strip());
        }
        addPart(parts, WHEN_TO_USE, d.whenToUse());
        addPart(parts, WHEN_NOT_TO_USE, d.whenNotToUse());
        addPart(parts, EXAMPLE, d.example());
        return String.join("\n\n", parts);
    }

    /** Reads a description back into a definition; text under no heading is the description. */
    public static CodeDefinition definition(String description) {
        String text = description == null ? "" : description.replace("\r\n", "\n").strip();
        Matcher m = HEADING.matcher(text);
        String[] parts = {"", "", "", ""};
        int bodyStart = 0;
        int slot = 0;
        while (m.find()) {
            parts[slot] = join(parts[slot], text.substring(bodyStart, m.start()).strip());
            slot = switch (m.group(1)) {
                case WHEN_TO_USE -> 1;
                case WHEN_NOT_TO_USE -> 2;
                default -> 3;
            };
            bodyStart = m.end();
        }
        parts[slot] = join(parts[slot], text.substring(bodyStart).strip());
        return new CodeDefinition(parts[0], parts[1], parts[2], parts[3]);
    }

    public static String codeMemoNote(String codeGuid) {
        return RefiGuids.derive("tema", "code-memo", codeGuid);
    }

    public static String codeSummaryNote(String codeGuid) {
        return RefiGuids.derive("tema", "code-summary", codeGuid);
    }

    public static String categoryMemoNote(String categoryGuid) {
        return RefiGuids.derive("tema", "category-memo", categoryGuid);
    }

    public static String documentMemoNote(String documentGuid) {
        return RefiGuids.derive("tema", "document-memo", documentGuid);
    }

    public static String passageMemoNote(String segmentGuid) {
        return RefiGuids.derive("tema", "passage-memo", segmentGuid);
    }

    public static String selection(String segmentGuid) {
        return RefiGuids.derive("tema", "selection", segmentGuid);
    }

    public static String documentGroupSet(String group) {
        return RefiGuids.derive("tema", "document-group", group);
    }

    /** A REFI colour ({@code #rgb} or {@code #rrggbb}, any case) in Tema's {@code #RRGGBB} form, or null. */
    public static String colour(String refi) {
        if (refi == null) {
            return null;
        }
        String c = refi.strip();
        if (c.matches("#[0-9A-Fa-f]{3}")) {
            c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return c.matches("#[0-9A-Fa-f]{6}") ? c.toUpperCase(java.util.Locale.ROOT) : null;
    }

    private static void addPart(List<String> parts, String heading, String body) {
        if (!body.isBlank()) {
            parts.add(heading + " " + body.strip());
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n\n" + b;
    }
}
