package org.tema.app;

import org.tema.store.CategoryRepository;
import org.tema.store.CodeRepository;
import org.tema.store.CoderRepository;
import org.tema.store.DocumentRepository;
import org.tema.store.JournalRepository;
import org.tema.store.ParticipantRepository;
import org.tema.store.ProjectFile;
import org.tema.store.SearchIndex;
import org.tema.store.SegmentRepository;
import org.tema.store.SpeakerTurnRepository;

/** The repositories of one open project file, made once and handed to the use cases. */
public record Stores(ProjectFile file, DocumentRepository documents, SpeakerTurnRepository turns,
                     ParticipantRepository participants, CodeRepository codes, CategoryRepository categories,
                     SegmentRepository segments, CoderRepository coders, JournalRepository journal, SearchIndex search) {

    public static Stores of(ProjectFile file) {
        return new Stores(file, new DocumentRepository(file), new SpeakerTurnRepository(file),
                new ParticipantRepository(file), new CodeRepository(file), new CategoryRepository(file),
                new SegmentRepository(file), new CoderRepository(file), new JournalRepository(file), new SearchIndex(file));
    }
}
