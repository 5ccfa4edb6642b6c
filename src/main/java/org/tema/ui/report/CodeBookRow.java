package org.tema.ui.report;

import org.tema.model.Code;

/** One code of the code book: where it sits, what it means, how much it holds. */
public record CodeBookRow(Code code, int depth, String category, int passages) {
}
