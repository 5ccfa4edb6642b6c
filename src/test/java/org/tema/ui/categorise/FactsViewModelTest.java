package org.tema.ui.categorise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Participant;

class FactsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void numbersShowCountMeanMinAndMaxAndOtherValuesTheirCounts() {
        try (Board b = new Board(dir)) {
            FactsViewModel facts = new FactsViewModel(b.session);
            b.session.edit(p -> {
                Attribute years = p.participants().defineAttribute("År i jobben", AttributeType.INTEGER);
                Attribute background = p.participants().defineAttribute("Bakgrunn", AttributeType.TEXT);
                Participant hilde = p.participants().find("Hilde").orElseThrow();
                Participant jonas = p.participants().find("Jonas").orElseThrow();
                Participant interviewer = p.participants().find("Intervjuer").orElseThrow();
                p.participants().setValue(hilde.id(), years, "4");
                p.participants().setValue(jonas.id(), years, "11");
                p.participants().setValue(interviewer.id(), years, "30");
                p.participants().setValue(hilde.id(), background, "Helse");
                p.participants().setValue(jonas.id(), background, "Helse");
            });
            assertEquals(List.of(new FactRow("År i jobben", 2, 0, "7.5", "4", "11", ""),
                    new FactRow("Bakgrunn", 2, 0, "", "", "", "Helse 2")), facts.rows());
            facts.includeInterviewersProperty().set(true);
            FactRow years = facts.rows().get(0);
            assertEquals(3, years.count());
            assertEquals("15.0", years.mean());
            assertEquals("30", years.max());
            assertEquals(1, facts.rows().get(1).missing());
        }
    }
}
