package org.tema.model;

import java.util.List;

/** A category (theme) that groups codes, in the analyst's order. */
public record Category(long id, String guid, String name, String description, String memo, int position,
                       List<Long> codeIds) {
    public Category {
        codeIds = List.copyOf(codeIds);
    }
}
