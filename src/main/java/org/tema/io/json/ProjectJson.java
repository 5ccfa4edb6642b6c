package org.tema.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tema.io.AtomicFiles;
import org.tema.model.Code;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;
import org.tema.store.CoderRepository;
import org.tema.store.DocumentRepository;
import org.tema.store.JournalRepository;
import org.tema.store.ParticipantRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SegmentRepository;
import org.tema.store.SpeakerTurnRepository;
import org.tema.store.OmissionRepository;
import org.tema.store.SummaryCellRepository;

/**
 * A whole project as one pretty JSON file with a stable key order, so it can be kept in git and
 * read back losslessly: ids, GUIDs, texts, codings, memos and all.
 */
public final class ProjectJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ProjectJson() {
    }

    public static ProjectSnapshot snapshot(ProjectFile file) {
        DocumentRepository documents = new DocumentRepository(file);
        List<ProjectSnapshot.TextDocument> docs = documents.list().stream()
                .map(d -> new ProjectSnapshot.TextDocument(d, documents.text(d.id()))).toList();
        ParticipantRepository participants = new ParticipantRepository(file);
        return new ProjectSnapshot(ProjectSnapshot.FORMAT, ProjectSnapshot.VERSION, new CoderRepository(file).list(), docs,
                new SpeakerTurnRepository(file).list(), participants.list(), participants.attributes(),
                participants.values(), new CodeRepository(file).list().stream().sorted(Comparator.comparingLong(Code::id)).toList(),
                new CategoryRepository(file).list(), new SegmentRepository(file).list(), new JournalRepository(file).list(),
                new SummaryCellRepository(file).list(), new OmissionRepository(file).list());
    }

    public static void write(ProjectFile file, Path out) throws IOException {
        ProjectSnapshot snapshot = snapshot(file);
        AtomicFiles.write(out, stream -> MAPPER.writeValue(stream, snapshot));
    }

    public static String toJson(ProjectSnapshot snapshot) {
        try {
            return MAPPER.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProjectSnapshot read(Path in) throws IOException {
        try (InputStream stream = Files.newInputStream(in)) {
            ProjectSnapshot s = MAPPER.readValue(stream, ProjectSnapshot.class);
            if (!ProjectSnapshot.FORMAT.equals(s.format()) || s.version() > ProjectSnapshot.VERSION) {
                throw new IOException("not a Tema project export of a version this Tema reads");
            }
            return s;
        } catch (JsonProcessingException e) {
            throw new IOException("not valid Tema project JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a snapshot into an empty project file, keeping every id and GUID, in one transaction. */
    public static void restore(ProjectFile file, ProjectSnapshot s) {
        file.transactions().run(() -> {
            CoderRepository coders = new CoderRepository(file);
            s.coders().forEach(coders::insert);
            DocumentRepository documents = new DocumentRepository(file);
            for (ProjectSnapshot.TextDocument d : s.documents()) {
                documents.insert(d.document(), d.text());
            }
            ParticipantRepository participants = new ParticipantRepository(file);
            s.participants().forEach(participants::insert);
            s.attributes().forEach(participants::insertAttribute);
            s.attributeValues().forEach(v -> participants.setValue(v.participantId(), v.attributeId(), v.value()));
            SpeakerTurnRepository turns = new SpeakerTurnRepository(file);
            for (SpeakerTurn t : s.speakerTurns()) {
                turns.insert(t);
            }
            CodeRepository codes = new CodeRepository(file);
            insertParentsFirst(codes, s.codes());
            CategoryRepository categories = new CategoryRepository(file);
            s.categories().forEach(categories::insert);
            SegmentRepository segments = new SegmentRepository(file);
            for (Segment seg : s.segments()) {
                segments.insert(seg);
            }
            JournalRepository journal = new JournalRepository(file);
            s.journal().forEach(journal::insert);
            s.summaryCells().forEach(new SummaryCellRepository(file)::put);
            s.omissions().forEach(new OmissionRepository(file)::insert);
        });
    }

    private static void insertParentsFirst(CodeRepository repo, List<Code> codes) {
        Set<Long> done = new HashSet<>();
        List<Code> pending = new ArrayList<>(codes);
        while (!pending.isEmpty()) {
            int before = pending.size();
            pending.removeIf(c -> {
                if (c.parentId() == null || done.contains(c.parentId())) {
                    repo.insert(c);
                    done.add(c.id());
                    return true;
                }
                return false;
            });
            if (pending.size() == before) {
                throw new IllegalArgumentException("The code tree refers to a parent code that does not exist");
            }
        }
    }
}
