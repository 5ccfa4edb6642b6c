package org.tema.model;

import java.time.LocalDate;

/** A transcript's metadata. Its text is fetched on its own, since it can be large. */
public record Document(long id, String guid, String name, String originalFileName, String format,
                       int wordCount, String group, LocalDate interviewDate, String memo) {
    public Document withMemo(String newMemo) {
        return new Document(id, guid, name, originalFileName, format, wordCount, group, interviewDate, newMemo);
    }
}
