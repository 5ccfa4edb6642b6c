package org.tema.model;

/** One participant's value of one attribute, in the attribute type's canonical text form. */
public record AttributeValue(long participantId, long attributeId, String value) {
}
