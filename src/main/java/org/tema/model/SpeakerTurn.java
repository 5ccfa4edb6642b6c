package org.tema.model;

/**
 * One speaker's turn in a transcript: the range of the spoken words (the label is outside it),
 * the label as written, the participant it was matched to, and the cue timing of subtitle files.
 */
public record SpeakerTurn(long id, long documentId, int start, int end, String speaker,
                          Long participantId, Long startMillis, Long endMillis) {
    public TextRange range() {
        return new TextRange(start, end);
    }
}
