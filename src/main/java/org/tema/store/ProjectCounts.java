package org.tema.store;

/** How much a project holds, as {@code tema info} prints it. */
public record ProjectCounts(long documents, long words, long participants, long speakerTurns, long codes,
                            long categories, long segments, long memos, long summaries) {

    public static ProjectCounts of(ProjectFile file) {
        Sql sql = file.sql();
        long memos = sql.count("SELECT (SELECT count(*) FROM journal_entry)"
                + " + (SELECT count(*) FROM document WHERE memo <> '')"
                + " + (SELECT count(*) FROM code WHERE memo <> '')"
                + " + (SELECT count(*) FROM category WHERE memo <> '')"
                + " + (SELECT count(*) FROM segment WHERE memo <> '')"
                + " + (SELECT count(*) FROM participant WHERE memo <> '')");
        return new ProjectCounts(
                sql.count("SELECT count(*) FROM document"),
                sql.count("SELECT coalesce(sum(word_count), 0) FROM document"),
                sql.count("SELECT count(*) FROM participant"),
                sql.count("SELECT count(*) FROM speaker_turn"),
                sql.count("SELECT count(*) FROM code"),
                sql.count("SELECT count(*) FROM category"),
                sql.count("SELECT count(*) FROM segment"),
                memos,
                sql.count("SELECT count(*) FROM code WHERE summary <> ''"));
    }
}
