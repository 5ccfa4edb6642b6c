package org.tema.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tema.model.CodedPassage;

/**
 * Which coded passages to show: by group, by participant attribute value, by document and by coder.
 * An empty set means "any". Several values of one attribute are alternatives; conditions on
 * different attributes must all hold, and a passage without a known participant fails them. The
 * interviewer's turns are left out unless {@code includeInterviewer}. Build one with
 * {@link #DEFAULT} and the {@code with...} methods; each returns a new filter.
 */
public record PassageFilter(Set<String> groups, Map<Long, Set<String>> attributeValues, Set<Long> documentIds,
                            Set<Long> coderIds, boolean includeInterviewer) {
    /** Every passage except the interviewer's. */
    public static final PassageFilter DEFAULT = new PassageFilter(Set.of(), Map.of(), Set.of(), Set.of(), false);
    /** Every passage, the interviewer's too. */
    public static final PassageFilter EVERYTHING = DEFAULT.includingInterviewer(true);

    public PassageFilter {
        groups = Set.copyOf(groups);
        Map<Long, Set<String>> copy = new HashMap<>();
        attributeValues.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        attributeValues = Map.copyOf(copy);
        documentIds = Set.copyOf(documentIds);
        coderIds = Set.copyOf(coderIds);
    }

    public PassageFilter withGroups(Set<String> newGroups) {
        return new PassageFilter(newGroups, attributeValues, documentIds, coderIds, includeInterviewer);
    }

    /** Adds {@code value} to the accepted values of an attribute (in the attribute type's canonical form). */
    public PassageFilter withAttributeValue(long attributeId, String value) {
        Map<Long, Set<String>> copy = new HashMap<>(attributeValues);
        Set<String> values = new HashSet<>(copy.getOrDefault(attributeId, Set.of()));
        values.add(value);
        copy.put(attributeId, values);
        return new PassageFilter(groups, copy, documentIds, coderIds, includeInterviewer);
    }

    public PassageFilter withoutAttribute(long attributeId) {
        Map<Long, Set<String>> copy = new HashMap<>(attributeValues);
        copy.remove(attributeId);
        return new PassageFilter(groups, copy, documentIds, coderIds, includeInterviewer);
    }

    public PassageFilter withDocuments(Set<Long> newDocumentIds) {
        return new PassageFilter(groups, attributeValues, newDocumentIds, coderIds, includeInterviewer);
    }

    public PassageFilter withCoders(Set<Long> newCoderIds) {
        return new PassageFilter(groups, attributeValues, documentIds, newCoderIds, includeInterviewer);
    }

    public PassageFilter includingInterviewer(boolean include) {
        return new PassageFilter(groups, attributeValues, documentIds, coderIds, include);
    }

    /** True when the filter needs participants' attribute values. */
    public boolean usesAttributes() {
        return !attributeValues.isEmpty();
    }

    public boolean test(CodedPassage p, ParticipantValues values) {
        if (p.interviewer() && !includeInterviewer) {
            return false;
        }
        if (!groups.isEmpty() && !groups.contains(p.group())) {
            return false;
        }
        if (!documentIds.isEmpty() && !documentIds.contains(p.documentId())) {
            return false;
        }
        if (!coderIds.isEmpty() && !coderIds.contains(p.coderId())) {
            return false;
        }
        for (Map.Entry<Long, Set<String>> condition : attributeValues.entrySet()) {
            String value = values.value(p.participantId(), condition.getKey()).orElse(null);
            if (value == null || condition.getValue().stream().noneMatch(value::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    public List<CodedPassage> apply(List<CodedPassage> passages, ParticipantValues values) {
        return passages.stream().filter(p -> test(p, values)).toList();
    }
}
