package org.tema.ui.coding;

import java.util.List;
import org.tema.model.Document;
import org.tema.ui.transcript.Mark;
import org.tema.ui.transcript.SpeakerSpan;

/** A transcript loaded for the workbench: its text, speakers and coded passages. */
public record DocumentContent(Document document, String text, List<SpeakerSpan> speakers, List<Mark> marks) {
}
