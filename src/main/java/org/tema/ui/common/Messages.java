package org.tema.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-interface text in one language, from {@code org/tema/ui/messages*.properties}. */
public final class Messages {
    private static final String BUNDLE = "org.tema.ui.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The text for a language; Norwegian (nb, nn, no) gets bokmål, everything else English. */
    public static Messages of(Locale locale) {
        Locale chosen = isNorwegian(locale) ? Locale.forLanguageTag("nb") : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, chosen);
    }

    public static boolean isNorwegian(Locale locale) {
        String l = locale.getLanguage();
        return l.equals("nb") || l.equals("nn") || l.equals("no");
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The text «" + key + "» is missing for " + locale, e);
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }
}
