package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tema.analysis.TwoOffices.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.model.Category;

class ChartsTest {
    private static final List<org.tema.model.CodedPassage> SHOWN = PassageFilter.DEFAULT.apply(PASSAGES, ParticipantValues.NONE);

    @Test
    void passagesPerCodeFollowTheCodeOrder() {
        assertEquals(List.of(new Charts.Bar("1 Trust", 4), new Charts.Bar("2 Cooperation", 2), new Charts.Bar("Time", 2)),
                Charts.passagesPerCode(CODES, SHOWN));
    }

    @Test
    void codesPerGroupCountDifferentCodes() {
        assertEquals(List.of(new Charts.Bar("Kontor A", 3), new Charts.Bar("Kontor B", 2)), Charts.codesPerGroup(SHOWN));
    }

    @Test
    void uncategorisedCodesAreThoseInNoCategory() {
        Category c = new Category(1, "g", "Relations", "", "", 0, List.of(TRUST.id(), TIME.id()));
        assertEquals(List.of(COOPERATION), CategoryCoverage.uncategorised(CODES, List.of(c)));
    }
}
