package org.tema.model;

/** One place where a full-text query matched: the document, the matched range and a snippet around it. */
public record SearchHit(long documentId, String documentName, int start, int end, String snippet) {
}
