package org.tema.io.refi;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The notes of a project with their texts (inline or from the container), and which of them were used. */
final class NoteTexts {
    private final Map<String, QdaProject.Note> notes = new LinkedHashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    NoteTexts(List<QdaProject.Note> all, SourceFiles files, ExchangeReport report) throws IOException {
        for (QdaProject.Note n : all) {
            notes.putIfAbsent(n.guid(), n);
            if (n.plainTextContent() != null) {
                texts.put(n.guid(), n.plainTextContent().strip());
            } else {
                Optional<byte[]> bytes = files.read(n.plainTextPath());
                if (bytes.isPresent()) {
                    texts.put(n.guid(), new AlignedText(SourceText.decode(bytes.get()).raw()).text().strip());
                } else {
                    report.skipped("note «" + n.name() + "»: its text file " + n.plainTextPath() + " is not in the file");
                }
            }
        }
    }

    /** The note, if the file has it. */
    Optional<QdaProject.Note> note(String guid) {
        return Optional.ofNullable(notes.get(guid));
    }

    /** The texts of the referred notes and of {@code extra}, each once, blank ones left out, as one memo. */
    String memo(List<String> refs, String... extra) {
        refs.forEach(used::add);
        return Stream.concat(Stream.of(extra), refs.stream().map(texts::get)).filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().collect(Collectors.joining("\n\n"));
    }

    String text(String guid) {
        used.add(guid);
        return texts.getOrDefault(guid, "");
    }

    /** The notes no element referred to. */
    List<QdaProject.Note> unused() {
        return notes.values().stream().filter(n -> !used.contains(n.guid()) && texts.containsKey(n.guid())).toList();
    }
}
