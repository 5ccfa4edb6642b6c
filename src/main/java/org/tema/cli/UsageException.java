package org.tema.cli;

/** The command line was not understood; exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
