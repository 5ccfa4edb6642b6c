package org.tema.ui.coding;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.model.Code;
import org.tema.ui.transcript.Mark;

/** The open transcript's coded passages in text order, optionally only one code's. */
public final class PassagesViewModel {
    private final CodingViewModel coding;
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Code> filter = new SimpleObjectProperty<>();

    public PassagesViewModel(CodingViewModel coding) {
        this.coding = coding;
        coding.contentProperty().addListener((o, a, b) -> update());
        coding.markChangeProperty().addListener((o, a, b) -> update());
        filter.addListener((o, a, b) -> update());
        update();
    }

    public ObservableList<PassageRow> rows() {
        return rows;
    }

    /** The code whose passages are shown; null shows all. */
    public ObjectProperty<Code> filterProperty() {
        return filter;
    }

    public void open(PassageRow row) {
        DocumentContent c = coding.contentProperty().get();
        if (c != null) {
            coding.reveal(c.document().id(), row.mark().start(), row.mark().end());
        }
    }

    private void update() {
        DocumentContent c = coding.contentProperty().get();
        if (c == null) {
            rows.clear();
            return;
        }
        Code only = filter.get();
        List<PassageRow> out = coding.marks().stream()
                .filter(m -> only == null || m.codeId() == only.id())
                .sorted(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end))
                .map(m -> PassageRow.of(m, c.text())).toList();
        rows.setAll(out);
    }
}
