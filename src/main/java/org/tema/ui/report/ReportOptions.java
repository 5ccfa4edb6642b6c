package org.tema.ui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tema.report.AttributionPart;
import org.tema.report.QuoteSelection;
import org.tema.report.ReportKind;
import org.tema.report.ReportSettings;
import org.tema.ui.common.ReportPreferences;
import org.tema.ui.common.Settings;

/**
 * The report settings as the Reporting phase edits them. They start from the user's settings and
 * are written back there on every change, so the next report starts where the last one was left.
 */
public final class ReportOptions {
    /** The report languages offered: bokmål and English. */
    public static final List<String> LANGUAGES = List.of("nb", "en");
    private final Settings settings;
    private final Locale uiLocale;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<AttributionPart> attribution = FXCollections.observableArrayList();
    private final ObjectProperty<QuoteSelection> quotes = new SimpleObjectProperty<>();
    private final BooleanProperty participantFacts = new SimpleBooleanProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty();

    /** {@code uiLocale} gives the report's language while the user has not picked one. */
    public ReportOptions(Settings settings, Locale uiLocale) {
        this.settings = settings;
        this.uiLocale = uiLocale;
        ReportPreferences p = settings.reportProperty().get();
        kind.set(p.kind());
        attribution.setAll(p.attribution());
        quotes.set(p.quotes());
        participantFacts.set(p.participantFacts());
        language.set(LANGUAGES.contains(p.language()) ? p.language() : defaultLanguage(uiLocale));
        title.set(p.title());
        kind.addListener((o, a, b) -> store());
        attribution.addListener((ListChangeListener<AttributionPart>) c -> store());
        quotes.addListener((o, a, b) -> store());
        participantFacts.addListener((o, a, b) -> store());
        language.addListener((o, a, b) -> store());
        title.addListener((o, a, b) -> store());
    }

    private static String defaultLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nb", "nn", "no" -> "nb";
            default -> "en";
        };
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    /** The parts of the attribution line, in the order they are printed. */
    public ObservableList<AttributionPart> attribution() {
        return attribution;
    }

    public ObjectProperty<QuoteSelection> quotesProperty() {
        return quotes;
    }

    public BooleanProperty participantFactsProperty() {
        return participantFacts;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The parts not yet on the attribution line, to add. */
    public List<AttributionPart> missingParts() {
        return java.util.Arrays.stream(AttributionPart.values()).filter(p -> !attribution.contains(p)).toList();
    }

    public void add(AttributionPart part) {
        if (!attribution.contains(part)) {
            attribution.add(part);
        }
    }

    /** Takes a part off the line; the last part stays, since a line needs one. */
    public boolean remove(AttributionPart part) {
        return attribution.size() > 1 && attribution.remove(part);
    }

    /** Moves a part one place earlier ({@code -1}) or later ({@code +1}); false at either end. */
    public boolean move(AttributionPart part, int step) {
        int from = attribution.indexOf(part);
        int to = from + step;
        if (from < 0 || to < 0 || to >= attribution.size()) {
            return false;
        }
        attribution.remove(from);
        attribution.add(to, part);
        return true;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language.get() == null || language.get().isBlank() ? defaultLanguage(uiLocale) : language.get());
    }

    /** The settings the report writers take, dated {@code date}. */
    public ReportSettings toReportSettings(LocalDate date) {
        return new ReportSettings(locale(), title.get() == null ? "" : title.get().strip(), date, List.copyOf(attribution),
                quotes.get(), participantFacts.get());
    }

    private void store() {
        if (attribution.isEmpty()) {
            return;
        }
        settings.reportProperty().set(new ReportPreferences(kind.get(), List.copyOf(attribution), quotes.get(),
                participantFacts.get(), language.get(), title.get()));
    }
}
