package org.tema.model;

/** A person in the material (a case): a pseudonym, an office or group, and whether they interviewed. */
public record Participant(long id, String guid, String pseudonym, String group, boolean interviewer, String memo) {
}
