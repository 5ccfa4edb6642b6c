package org.tema.app;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The name of an edit as a message key and its arguments (names of codes, documents...), rendered
 * in the user's language from {@code org/tema/app/edits*.properties}: «Rename code «Trust»» in
 * English, «Gi koden «Trust» nytt navn» in Norwegian.
 */
public record EditName(EditKey key, List<String> args) {
    private static final String BUNDLE = "org.tema.app.edits";
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    public EditName {
        args = List.copyOf(args);
        if (args.size() != key.arguments()) {
            throw new IllegalArgumentException("The edit name " + key.key() + " takes " + key.arguments()
                    + " argument(s), not " + args.size());
        }
    }

    /** A name from its key and arguments; each argument is shown as {@link String#valueOf(Object)} gives it. */
    public static EditName of(EditKey key, Object... args) {
        return new EditName(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The name in English, for the command line and logs. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The name in a language: Norwegian (nb, nn, no) gets bokmål, every other language English. */
    public String in(Locale locale) {
        Locale chosen = isNorwegian(locale) ? NORWEGIAN : Locale.ENGLISH;
        return new MessageFormat(template(chosen), chosen).format(args.toArray());
    }

    private String template(Locale chosen) {
        try {
            return bundle(chosen).getString(key.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The edit name «" + key.key() + "» is missing for " + chosen, e);
        }
    }

    /** The bundle of edit names for English or bokmål, without falling back to the system's language. */
    static ResourceBundle bundle(Locale chosen) {
        return ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static boolean isNorwegian(Locale locale) {
        String l = locale.getLanguage();
        return l.equals("nb") || l.equals("nn") || l.equals("no");
    }

    @Override
    public String toString() {
        return english();
    }
}
