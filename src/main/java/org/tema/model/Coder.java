package org.tema.model;

/** A person who codes (a REFI-QDA user). */
public record Coder(long id, String guid, String name) {
}
