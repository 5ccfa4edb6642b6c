package org.tema.model;

import java.time.LocalDate;

/** A dated entry of the project journal. */
public record JournalEntry(long id, String guid, LocalDate date, String text) {
}
