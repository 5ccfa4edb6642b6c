package org.tema.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tema.io.ImportException;
import org.tema.io.participants.ColumnTypes;
import org.tema.io.participants.ParticipantTables;
import org.tema.io.participants.Table;
import org.tema.model.Attribute;
import org.tema.model.AttributeType;
import org.tema.model.Participant;

/**
 * Imports a participants file (.csv or .xlsx): one row per participant, a pseudonym column, a group
 * column, and other columns as typed attributes (type detected from the values). Participants are
 * matched by pseudonym, ignoring case, so importing again updates them and never duplicates. The
 * whole file is one undoable edit; empty cells leave values as they were.
 */
public final class ImportParticipants {
    private static final Set<String> PSEUDONYM = Set.of("pseudonym", "pseudonyme", "navn", "name", "deltaker", "participant", "alias");
    private static final Set<String> GROUP = Set.of("group", "gruppe", "kontor", "office", "team", "site");

    /** What an import did. */
    public record Result(int created, int updated, List<Attribute> attributes) {
    }

    private final Stores stores;
    private final History history;

    public ImportParticipants(Project project) {
        this.stores = project.stores();
        this.history = project.history();
    }

    public Result run(Path file) {
        Table table = ParticipantTables.read(file);
        int nameColumn = column(table, PSEUDONYM).orElse(0);
        Optional<Integer> groupColumn = column(table, GROUP).filter(c -> c != nameColumn);
        SpeakerMatcher matcher = new SpeakerMatcher(stores);
        ParticipantsImportEdit edit = new ParticipantsImportEdit(stores, EditName.of(EditKey.PARTICIPANTS_IMPORT, file.getFileName()));
        Map<String, Participant> rows = new LinkedHashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String name = row.get(nameColumn).strip();
            if (name.isEmpty()) {
                throw new ImportException(file, "row " + (r + 2) + " has no pseudonym in the column «" + table.headers().get(nameColumn) + "»");
            }
            if (rows.containsKey(name.toLowerCase(Locale.ROOT))) {
                continue; // a repeated row: its values still apply to the participant of the first
            }
            Optional<Participant> existing = matcher.find(name);
            String group = groupColumn.map(row::get).filter(g -> !g.isBlank()).orElse(existing.map(Participant::group).orElse(""));
            Participant p = existing.map(e -> new Participant(e.id(), e.guid(), e.pseudonym(), group, e.interviewer(), e.memo()))
                    .orElseGet(() -> new Participant(0, Guids.next(), name, group, false, ""));
            rows.put(name.toLowerCase(Locale.ROOT), p);
            edit.participant(p, existing.orElse(null));
        }
        List<Attribute> attributes = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            if (c == nameColumn || groupColumn.orElse(-1) == c) {
                continue;
            }
            Attribute a = attribute(file, table.headers().get(c), table.column(c), edit);
            attributes.add(a);
            for (List<String> row : table.rows()) {
                String v = row.get(c);
                if (!v.isBlank()) {
                    edit.value(rows.get(row.get(nameColumn).strip().toLowerCase(Locale.ROOT)), a, a.type().canonical(v));
                }
            }
        }
        history.perform(edit);
        return new Result(edit.createdCount(), rows.size() - edit.createdCount(), attributes);
    }

    private Attribute attribute(Path file, String name, List<String> values, ParticipantsImportEdit edit) {
        Optional<Attribute> existing = stores.participants().findAttribute(name.strip());
        if (existing.isPresent()) {
            AttributeType type = existing.get().type();
            values.stream().filter(v -> !v.isBlank() && !type.accepts(v)).findFirst().ifPresent(v -> {
                throw new ImportException(file, "the column «" + name + "» holds «" + v + "», which is not a "
                        + type.name().toLowerCase(Locale.ROOT) + " value as the attribute already is");
            });
            return existing.get();
        }
        Attribute a = new Attribute(0, Guids.next(), name.strip(), ColumnTypes.detect(values));
        edit.attribute(a);
        return a;
    }

    private static Optional<Integer> column(Table table, Set<String> names) {
        for (int i = 0; i < table.headers().size(); i++) {
            if (names.contains(table.headers().get(i).strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
