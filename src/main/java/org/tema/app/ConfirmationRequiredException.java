package org.tema.app;

/** A destructive edit was asked for without the explicit confirmation it needs. */
public class ConfirmationRequiredException extends RuntimeException {
    public ConfirmationRequiredException(String message) {
        super(message);
    }
}
