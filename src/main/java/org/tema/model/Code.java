package org.tema.model;

/**
 * A code in the code tree. {@code number} is the analyst's numbering (often the interview guide's
 * question number) and may be empty; {@code summary} is the analyst's own words about what it holds.
 */
public record Code(long id, String guid, Long parentId, String number, String name, String colour,
                   CodeDefinition definition, String memo, String summary, int position) {

    /** The number and name as shown to users: «3 Trust» or just «Trust». */
    public String label() {
        return number == null || number.isEmpty() ? name : number + " " + name;
    }
}
