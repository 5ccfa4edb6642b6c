package org.tema.app;

import java.nio.file.Path;

/** What became of one file of an import: imported (with its document, turn and word counts), failed, or cancelled. */
public record ImportResult(Path file, Status status, long documentId, int turns, int words, int speakers, String message) {
    public enum Status { IMPORTED, FAILED, CANCELLED }

    static ImportResult imported(Path file, long documentId, int turns, int words, int speakers) {
        return new ImportResult(file, Status.IMPORTED, documentId, turns, words, speakers,
                "Imported «" + file.getFileName() + "»: " + count(words, "word") + ", " + count(turns, "speaker turn") + ", "
                        + count(speakers, "speaker") + ".");
    }

    static ImportResult failed(Path file, String message) {
        return new ImportResult(file, Status.FAILED, 0, 0, 0, 0, message);
    }

    static ImportResult cancelled(Path file) {
        return new ImportResult(file, Status.CANCELLED, 0, 0, 0, 0, "Not imported «" + file.getFileName() + "»: the import was cancelled.");
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public boolean ok() {
        return status == Status.IMPORTED;
    }
}
