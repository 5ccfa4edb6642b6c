package org.tema.report;

import org.tema.model.Segment;

/**
 * A coded passage ready to be quoted: its text with omissions printed {@code (...)}, and where it comes
 * from. {@code passage} is the passage's full text, without omissions. {@code speaker} is the speaker label of the turn where it starts ("" when none);
 * {@code pseudonym} the matched participant's pseudonym, or the label when no participant is matched;
 * {@code group} the participant's group, or the document's; {@code line} is 1-based; {@code millis} the
 * turn's recording time, or null.
 */
public record Quote(Segment segment, String text, String passage, String speaker, Long participantId, String pseudonym, String group,
                    String document, int line, Long millis) {
}
