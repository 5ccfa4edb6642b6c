package org.tema.app;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How transcripts are imported: the group (office) given to every file's participants, and the
 * speaker review's decisions made before import: labels mapped to another participant's name, and
 * labels marked as the interviewer (besides those recognised by name, such as «Intervjuer»).
 */
public record ImportOptions(String group, Map<String, String> speakerNames, Set<String> interviewers) {
    public ImportOptions {
        group = group == null ? "" : group.strip();
        speakerNames = Map.copyOf(speakerNames);
        interviewers = interviewers.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static ImportOptions defaults() {
        return new ImportOptions("", Map.of(), Set.of());
    }

    public static ImportOptions ofGroup(String group) {
        return new ImportOptions(group, Map.of(), Set.of());
    }

    /** The participant name a label stands for. */
    public String participantName(String label) {
        return speakerNames.getOrDefault(label, label).strip();
    }

    public boolean markedInterviewer(String label) {
        return interviewers.contains(label.strip().toLowerCase(Locale.ROOT));
    }
}
