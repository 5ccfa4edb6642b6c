package org.tema.io.json;

import java.util.List;
import org.tema.model.Attribute;
import org.tema.model.AttributeValue;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.Coder;
import org.tema.model.Document;
import org.tema.model.JournalEntry;
import org.tema.model.Omission;
import org.tema.model.Participant;
import org.tema.model.Segment;
import org.tema.model.SpeakerTurn;
import org.tema.model.SummaryCell;

/** Everything a project holds, as written to and read from {@code tema export-json}. */
public record ProjectSnapshot(String format, int version, List<Coder> coders, List<TextDocument> documents,
                              List<SpeakerTurn> speakerTurns, List<Participant> participants,
                              List<Attribute> attributes, List<AttributeValue> attributeValues, List<Code> codes,
                              List<Category> categories, List<Segment> segments, List<JournalEntry> journal,
                              List<SummaryCell> summaryCells, List<Omission> omissions) {
    public static final String FORMAT = "tema-project";
    public static final int VERSION = 1;

    public ProjectSnapshot {
        // absent from exports made before these were added
        summaryCells = summaryCells == null ? List.of() : summaryCells;
        omissions = omissions == null ? List.of() : omissions;
    }

    /** A document with its text. */
    public record TextDocument(Document document, String text) {
    }
}
