package org.tema.model;

/** A typed fact that participants can have, such as portfolio size or professional background. */
public record Attribute(long id, String guid, String name, AttributeType type) {
}
