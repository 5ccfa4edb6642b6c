package org.tema.model;

/**
 * A coded passage with what is known about who said it: the speaker turn that contains the passage's
 * start (or, when the start lies outside every turn, the first turn that begins inside the passage),
 * that turn's participant, and the groups of the participant and of the document. The passage's text
 * is fetched on its own. {@code turnId}, {@code participantId} are null and {@code speaker} is empty
 * when no turn or participant is known.
 */
public record CodedPassage(long segmentId, long documentId, long codeId, int start, int end, long coderId,
                           Long turnId, String speaker, Long participantId, boolean interviewer,
                           String participantGroup, String documentGroup) {
    public CodedPassage {
        speaker = speaker == null ? "" : speaker;
        participantGroup = participantGroup == null ? "" : participantGroup;
        documentGroup = documentGroup == null ? "" : documentGroup;
    }

    /** The participant's group, else the document's group (empty when neither is known). */
    public String group() {
        return participantGroup.isEmpty() ? documentGroup : participantGroup;
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
