package org.tema.io.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds themes, questions and follow-ups in the lines of a guide. A heading starts a theme; a line
 * numbered «1.» or «1)» (or an item of Word's numbering at the top level) is a question; a bullet
 * or an indented or deeper-level item under a question is a follow-up; a plain line before any
 * question of a theme, or after an empty line and not a question, is a heading; other plain lines continue the question. Questions without a
 * number get the next one. Themes without questions (such as a document title) are dropped.
 */
public final class GuideParser {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^[-–•*▪◦o]\\s+(.+)$|^[a-z][.)]\\s+(.+)$");

    private final List<Guide.Theme> themes = new ArrayList<>();
    private String theme = "";
    private final List<Guide.Question> questions = new ArrayList<>();
    private String number;
    private StringBuilder question;
    private final List<String> followUps = new ArrayList<>();
    private int lastNumber;
    private boolean themeNumbered;
    private boolean blank;

    private GuideParser() {
    }

    public static Guide parse(List<GuideLine> lines) {
        GuideParser p = new GuideParser();
        lines.forEach(p::line);
        p.endTheme();
        return new Guide(p.themes);
    }

    private void line(GuideLine line) {
        String raw = line.text();
        String text = raw.strip();
        boolean afterBlank = blank;
        blank = text.isEmpty();
        if (text.isEmpty() || line.kind() == GuideLine.Kind.TITLE) {
            return;
        }
        boolean indented = raw.length() > 0 && Character.isWhitespace(raw.charAt(0));
        Matcher numbered = NUMBERED.matcher(text);
        Matcher bullet = BULLET.matcher(text);
        if (line.kind() == GuideLine.Kind.HEADING) {
            endTheme();
            theme = text;
        } else if (line.kind() == GuideLine.Kind.LIST_ITEM) {
            if (line.level() > 0 && question != null) {
                followUps.add(text);
            } else {
                themeNumbered = true;
                startQuestion(null, text);
            }
        } else if (numbered.matches() && !indented) {
            themeNumbered = true;
            startQuestion(numbered.group(1), numbered.group(2).strip());
        } else if (bullet.matches()) {
            String item = (bullet.group(1) != null ? bullet.group(1) : bullet.group(2)).strip();
            if (question != null && (indented || themeNumbered)) {
                followUps.add(item);
            } else {
                startQuestion(null, item);
            }
        } else if (question == null || afterBlank && !text.endsWith("?")) {
            endTheme();
            theme = text;
        } else if (indented) {
            followUps.add(text);
        } else {
            question.append(' ').append(text);
        }
    }

    private void startQuestion(String explicitNumber, String text) {
        endQuestion();
        int n = explicitNumber == null ? lastNumber + 1 : Integer.parseInt(explicitNumber);
        lastNumber = Math.max(lastNumber, n);
        number = Integer.toString(n);
        question = new StringBuilder(text);
    }

    private void endQuestion() {
        if (question != null) {
            questions.add(new Guide.Question(number, question.toString(), followUps));
        }
        question = null;
        followUps.clear();
    }

    private void endTheme() {
        endQuestion();
        if (!questions.isEmpty()) {
            themes.add(new Guide.Theme(theme.isEmpty() ? "Spørsmål" : theme, questions));
        }
        questions.clear();
        themeNumbered = false;
    }
}
