package org.tema.ui.analyse;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.analysis.Charts;
import org.tema.ui.common.ProjectSession;

/** The bar charts of the categorisation phase: passages per code, and different codes per group. */
public final class ChartsViewModel {
    private final ProjectSession session;
    private final FilterModel filter;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObservableList<Charts.Bar> passagesPerCode = FXCollections.observableArrayList();
    private final ObservableList<Charts.Bar> codesPerGroup = FXCollections.observableArrayList();

    public ChartsViewModel(ProjectSession session, FilterModel filter) {
        this.session = session;
        this.filter = filter;
        changes = session.onChange(this::reload);
        filter.choiceProperty().addListener((o, a, b) -> reload());
        reload();
    }

    public ObservableList<Charts.Bar> passagesPerCode() {
        return passagesPerCode;
    }

    public ObservableList<Charts.Bar> codesPerGroup() {
        return codesPerGroup;
    }

    private record Bars(List<Charts.Bar> perCode, List<Charts.Bar> perGroup) {
    }

    private void reload() {
        FilterChoice choice = filter.choiceProperty().get();
        session.read(p -> {
            var f = choice.toFilter(p);
            return new Bars(p.matrices().passagesPerCode(f), p.matrices().codesPerGroup(f));
        }, b -> {
            passagesPerCode.setAll(b.perCode());
            codesPerGroup.setAll(b.perGroup());
        });
    }
}
