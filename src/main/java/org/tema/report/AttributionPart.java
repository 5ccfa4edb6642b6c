package org.tema.report;

/** The parts an attribution line under a quote can name, in the order the analyst picks. */
public enum AttributionPart {
    /** The speaker's pseudonym, e.g. «Berit». */
    PSEUDONYM,
    /** The speaker's group or office, e.g. «Kontor B». */
    GROUP,
    /** The transcript's name. */
    DOCUMENT,
    /** The line of the transcript where the quote starts. */
    LINE,
    /** The recording time where the quote starts (subtitle transcripts only). */
    TIME
}
