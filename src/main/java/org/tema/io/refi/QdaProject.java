package org.tema.io.refi;

import java.time.Instant;
import java.util.List;

/**
 * The content of a REFI-QDA project ({@code project.qde}) as far as Tema uses it. GUIDs are
 * normalised; positions are as written in the file (their counting is decided when the text is known).
 */
public record QdaProject(String name, String origin, String creatingUser, List<User> users, List<QdaCode> codes,
                         List<Variable> variables, List<Case> cases, List<TextSource> textSources,
                         List<OtherSource> otherSources, List<Note> notes, List<QdaSet> sets, List<String> noteRefs) {

    public record User(String guid, String name) {
    }

    /** {@code type} is the REFI type name: Text, Boolean, Integer, Float, Date or DateTime. */
    public record Variable(String guid, String name, String type, String description) {
    }

    public record Value(String variableGuid, String value) {
    }

    public record Case(String guid, String name, String description, List<Value> values, List<String> sourceRefs) {
    }

    public record TextSource(String guid, String name, String description, String plainTextPath,
                             String plainTextContent, List<Selection> selections, List<String> noteRefs,
                             List<Value> values) {
    }

    public record Selection(String guid, String name, long start, long end, String description,
                            List<Coding> codings, List<String> noteRefs, String creatingUser, Instant created) {
    }

    public record Coding(String guid, String codeGuid, String creatingUser, Instant created, List<String> noteRefs) {
    }

    /** A note's text is inline ({@code plainTextContent}) or in a file ({@code plainTextPath}). */
    public record Note(String guid, String name, String plainTextPath, String plainTextContent, Instant created) {
    }

    /** A picture, PDF, audio or video source, which Tema does not import. */
    public record OtherSource(String kind, String guid, String name) {
    }

    public List<QdaCode> allCodes() {
        return codes.stream().flatMap(c -> c.flatten().stream()).toList();
    }

    public long selectionCount() {
        return textSources.stream().mapToLong(s -> s.selections().size()).sum();
    }

    public long codingCount() {
        return textSources.stream().flatMap(s -> s.selections().stream()).mapToLong(s -> s.codings().size()).sum();
    }
}
