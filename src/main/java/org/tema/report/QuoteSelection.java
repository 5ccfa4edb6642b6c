package org.tema.report;

/** Which coded passages the findings report quotes. */
public enum QuoteSelection {
    /** The passages marked "use in report"; all passages when none in the project is marked. */
    MARKED,
    /** Every coded passage. */
    ALL
}
