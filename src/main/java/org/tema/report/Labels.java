package org.tema.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of reports and tables in one language: Norwegian bokmål for {@code nb}, {@code no} and
 * {@code nn} locales, British English otherwise (dates as «30 November 2026»). Placeholders {@code {0}, {1}...} are replaced as they are,
 * so labels need no MessageFormat quoting.
 */
public final class Labels {
    private static final String BUNDLE = "org.tema.report.labels";
    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static Labels of(Locale locale) {
        Locale chosen = isNorwegian(locale) ? Locale.forLanguageTag("nb") : Locale.UK;
        return new Labels(chosen, ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    private static boolean isNorwegian(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "no", "nn" -> true;
            default -> false;
        };
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The label with {@code {0}, {1}...} replaced by the arguments. */
    public String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /** A date as written in running text: «30. november 2026» or «30 November 2026». */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
