package org.tema.app;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tema.analysis.CategoryCoverage;
import org.tema.analysis.OccurringValues;
import org.tema.analysis.ParticipantValues;
import org.tema.analysis.PassageFilter;
import org.tema.analysis.SpeakerAttribution;
import org.tema.model.Attribute;
import org.tema.model.Code;
import org.tema.model.Coder;
import org.tema.model.CodedPassage;
import org.tema.store.CodedPassageQuery;
import org.tema.store.DocumentLabels;

/**
 * Gathers the passages of a code or of a category (its codes together) from all transcripts, each
 * with its speaker, group, document and words, filtered by a {@link PassageFilter}.
 */
public final class Retrieval {
    private final Stores stores;
    private final CodedPassageQuery query;
    private final DocumentLabels labels;

    public Retrieval(Stores stores) {
        this.stores = stores;
        this.query = new CodedPassageQuery(stores.file());
        this.labels = new DocumentLabels(stores.file());
    }

    public List<RetrievedPassage> ofCode(long codeId, PassageFilter filter) {
        return ofCodes(List.of(codeId), filter);
    }

    /** The passages of a category's codes, by document and position. */
    public List<RetrievedPassage> ofCategory(long categoryId, PassageFilter filter) {
        List<Long> codeIds = stores.categories().find(categoryId)
                .orElseThrow(() -> new IllegalArgumentException("There is no category with id " + categoryId)).codeIds();
        return ofCodes(codeIds, filter);
    }

    public List<RetrievedPassage> ofCodes(Collection<Long> codeIds, PassageFilter filter) {
        return withText(coded(codeIds, filter));
    }

    /** The passages of the given codes without their words (fast; for counts and matrices). */
    public List<CodedPassage> coded(Collection<Long> codeIds, PassageFilter filter) {
        return filter.apply(attributed(query.ofCodes(codeIds)), values(filter));
    }

    /** Every coded passage of the project that passes the filter, without words. */
    public List<CodedPassage> allCoded(PassageFilter filter) {
        return filter.apply(attributed(query.all()), values(filter));
    }

    private List<CodedPassage> attributed(List<CodedPassage> passages) {
        return passages.isEmpty() ? passages
                : SpeakerAttribution.attribute(passages, stores.turns().list(), stores.participants().list());
    }

    /** Adds the code, the document's name and the words to each passage. */
    public List<RetrievedPassage> withText(List<CodedPassage> passages) {
        CodedPassageTexts texts = new CodedPassageTexts(stores);
        Map<Long, Code> codes = new HashMap<>();
        stores.codes().list().forEach(c -> codes.put(c.id(), c));
        Map<Long, String> documents = labels.names();
        return passages.stream().map(p -> new RetrievedPassage(p, codes.get(p.codeId()), documents.get(p.documentId()),
                texts.text(p))).toList();
    }

    /**
     * The filter with one more accepted value of a participant attribute, named as the user wrote
     * it (for example background = Sosialt arbeid); the value is checked against the attribute's type.
     */
    public PassageFilter withAttribute(PassageFilter filter, String attributeName, String value) {
        return withAttribute(filter, attributeName, List.of(value));
    }

    /** The filter accepting any of several values of a participant attribute (each checked against its type). */
    public PassageFilter withAttribute(PassageFilter filter, String attributeName, Collection<String> values) {
        Attribute a = stores.participants().findAttribute(attributeName.strip())
                .orElseThrow(() -> new IllegalArgumentException("There is no participant attribute «" + attributeName + "»"));
        PassageFilter out = filter;
        for (String value : values) {
            out = out.withAttributeValue(a.id(), a.type().canonical(value));
        }
        return out;
    }

    /** The different values participants have of an attribute, in the type's order (for choosing several). */
    public List<String> valuesOf(Attribute attribute) {
        return OccurringValues.of(attribute, stores.participants().values());
    }

    /** The codes that are not yet in any category, in code-book order. */
    public List<Code> uncategorisedCodes() {
        return CategoryCoverage.uncategorised(stores.codes().list(), stores.categories().list());
    }

    /** The names of all groups of documents and participants, sorted, without duplicates or blanks. */
    public List<String> groups() {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        labels.groups().stream().filter(g -> !g.isBlank()).forEach(names::add);
        return List.copyOf(names);
    }

    /** Everyone who has coded in this project, for filtering by coder. */
    public List<Coder> coders() {
        return stores.coders().list();
    }

    private ParticipantValues values(PassageFilter filter) {
        return filter.usesAttributes() ? ParticipantValues.of(stores.participants().values()) : ParticipantValues.NONE;
    }
}
