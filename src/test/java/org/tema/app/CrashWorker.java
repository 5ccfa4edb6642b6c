package org.tema.app;

import java.nio.file.Path;
import org.tema.model.Code;
import org.tema.model.Document;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: applies codes, journal entries and renames as fast
 * as it can and prints one acknowledgement line after each call returns, until it is killed.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) {
        try (Project p = Project.open(Path.of(args[0]))) {
            Document d = p.documents().list().get(0);
            Code code = p.codeBook().codes().get(0);
            int length = p.documents().text(d.id()).indexOf("Åpenhet"); // stay clear of the emoji
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                int start = (i * 7) % (length - 20);
                long id = p.coding().apply(d.id(), code.id(), start, start + 5 + i % 13).id();
                System.out.println("segment " + id);
                p.journal().add(java.time.LocalDate.of(2026, 1, 1), "entry " + i);
                System.out.println("journal " + i);
                p.codeBook().rename(code.id(), "name " + i);
                System.out.println("rename " + i);
                System.out.flush();
            }
        }
    }
}
