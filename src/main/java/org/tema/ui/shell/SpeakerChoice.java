package org.tema.ui.shell;

/**
 * A speaker of the files being imported, as the review shows it: the label in the files, its turns,
 * the participant it will become (an existing one or a new one), and whether it is the interviewer.
 */
public record SpeakerChoice(String label, int turns, String participant, boolean existing, boolean interviewer) {
    public SpeakerChoice withParticipant(String name, boolean isInterviewer) {
        return new SpeakerChoice(label, turns, name, existing, isInterviewer);
    }
}
