package org.tema.model;

/**
 * Counts the words of a text: runs of letters, digits and combining marks, where an apostrophe or
 * hyphen between two such runs joins them into one word («gruppe-intervju», «don't»). Written as
 * a plain scan rather than a regular expression because import counts millions of words.
 */
public final class WordCount {
    private WordCount() {
    }

    public static int of(String text) {
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isWordPart(cp)) {
                n++;
                i = endOfWord(text, i);
            } else {
                i += Character.charCount(cp);
            }
        }
        return n;
    }

    /** The index just after the word that starts at {@code i}. */
    private static int endOfWord(String text, int i) {
        int end = endOfRun(text, i);
        while (end + 1 < text.length() && isJoiner(text.charAt(end)) && isWordPart(text.codePointAt(end + 1))) {
            end = endOfRun(text, end + 1);
        }
        return end;
    }

    private static int endOfRun(String text, int i) {
        int end = i;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!isWordPart(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-';
    }

    static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }
}
