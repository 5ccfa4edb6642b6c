package org.tema.io.refi;

import java.util.List;

/** The content of a {@code .qdc} file: the code tree and the sets of codes. */
public record QdaCodebook(String origin, List<QdaCode> codes, List<QdaSet> sets) {
    public QdaCodebook {
        codes = List.copyOf(codes);
        sets = List.copyOf(sets);
    }

    public List<QdaCode> allCodes() {
        return codes.stream().flatMap(c -> c.flatten().stream()).toList();
    }
}
