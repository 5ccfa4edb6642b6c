package org.tema.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The numbered schema migrations {@code db/V001__*.sql, V002__*.sql, ...}. Each one is applied in one
 * transaction together with the new {@code PRAGMA user_version}.
 */
final class Migrations {
    /** The newest file format this version of Tema reads and writes. */
    static final int LATEST = MigrationIndex.NAMES.size();

    private Migrations() {
    }

    static void migrate(Sql sql, Transactions tx, int from) {
        for (int version = from + 1; version <= LATEST; version++) {
            List<String> statements = statements(version);
            int target = version;
            tx.run(() -> {
                statements.forEach(sql::exec);
                sql.exec("PRAGMA user_version = " + target);
            });
        }
    }

    private static String resource(int version) {
        return "/db/" + MigrationIndex.NAMES.get(version - 1);
    }

    static List<String> statements(int version) {
        String path = resource(version);
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + path);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script into statements at a semicolon that ends a line, keeping trigger bodies whole. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (current.length() == 0 && trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
