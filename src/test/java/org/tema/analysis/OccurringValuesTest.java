package org.tema.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.AttributeValue;

class OccurringValuesTest {
    @Test
    void numbersAreDistinctAndBySize() {
        assertEquals(List.of("0", "14", "50", "93"), OccurringValues.of(TwoOffices.PORTFOLIO, TwoOffices.VALUES));
        Attribute share = new Attribute(5, "a5", "share", AttributeType.DECIMAL);
        List<AttributeValue> values = List.of(new AttributeValue(1, 5, "10.5"), new AttributeValue(2, 5, "9"),
                new AttributeValue(3, 5, "-1.25"), new AttributeValue(4, 5, "9"));
        assertEquals(List.of("-1.25", "9", "10.5"), OccurringValues.of(share, values));
    }

    @Test
    void textsAreAlphabeticalAndCountOnceWhateverTheirCase() {
        assertEquals(List.of("Helse", "Sosialt arbeid"), OccurringValues.of(TwoOffices.BACKGROUND, TwoOffices.VALUES));
    }

    @Test
    void datesAreByTimeAndBlankValuesAreLeftOut() {
        Attribute interviewed = new Attribute(6, "a6", "interviewed", AttributeType.DATE);
        List<AttributeValue> values = List.of(new AttributeValue(1, 6, "2024-11-02"), new AttributeValue(2, 6, "2023-12-24"),
                new AttributeValue(3, 6, " "), new AttributeValue(4, 7, "2020-01-01"));
        assertEquals(List.of("2023-12-24", "2024-11-02"), OccurringValues.of(interviewed, values));
    }
}
