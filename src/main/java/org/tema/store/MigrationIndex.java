package org.tema.store;

import java.util.List;

/** The migration scripts under {@code src/main/resources/db}, in order. Add a new one at the end. */
final class MigrationIndex {
    static final List<String> NAMES = List.of(
            "V001__init.sql",
            "V002__candidate_themes.sql",
            "V003__summary_grid.sql",
            "V004__omissions.sql",
            "V005__document_listing.sql");

    private MigrationIndex() {
    }
}
