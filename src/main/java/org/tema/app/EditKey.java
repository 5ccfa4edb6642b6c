package org.tema.app;

/**
 * Every kind of undoable edit, by its key in {@code org/tema/app/edits*.properties} and the number
 * of arguments its template takes ({0}, {1}, ...). All names shown in the Edit menu come from here.
 */
public enum EditKey {
    DOCUMENT_ADD("document.add", 1),
    DOCUMENT_MEMO("document.memo", 1),
    DOCUMENT_DETAILS("document.details", 1),
    DOCUMENT_TEXT("document.text", 1),
    DOCUMENT_DELETE("document.delete", 1),
    TRANSCRIPT_IMPORT("transcript.import", 1),
    SPEAKER_RENAME("speaker.rename", 2),
    SPEAKER_MERGE("speaker.merge", 2),
    PARTICIPANT_ADD("participant.add", 1),
    PARTICIPANT_EDIT("participant.edit", 1),
    PARTICIPANTS_IMPORT("participants.import", 1),
    ATTRIBUTE_ADD("attribute.add", 1),
    ATTRIBUTE_SET_VALUE("attribute.setValue", 2),
    CODE_ADD("code.add", 1),
    CODE_RENAME("code.rename", 1),
    CODE_RECOLOUR("code.recolour", 1),
    CODE_RENUMBER("code.renumber", 1),
    CODE_DEFINE("code.define", 1),
    CODE_MEMO("code.memo", 1),
    CODE_SUMMARY("code.summary", 1),
    CODE_MOVE("code.move", 1),
    CODE_MERGE("code.merge", 2),
    CODE_SPLIT("code.split", 2),
    CODE_DELETE("code.delete", 1),
    CODE_AUTO("code.auto", 2),
    CODEBOOK_IMPORT("codebook.import", 1),
    CODING_APPLY("coding.apply", 0),
    CODING_REMOVE("coding.remove", 0),
    CODING_MEMO("coding.memo", 0),
    CODING_USE_IN_REPORT("coding.useInReport", 0),
    CODING_LEAVE_OUT_OF_REPORT("coding.leaveOutOfReport", 0),
    OMISSION_ADD("omission.add", 0),
    OMISSION_REMOVE("omission.remove", 0),
    CATEGORY_CREATE("category.create", 1),
    CATEGORY_RENAME("category.rename", 1),
    CATEGORY_DESCRIBE("category.describe", 1),
    CATEGORY_MEMO("category.memo", 1),
    CATEGORY_MOVE("category.move", 1),
    CATEGORY_ADD_CODE("category.addCode", 1),
    CATEGORY_REMOVE_CODE("category.removeCode", 1),
    CATEGORY_DELETE("category.delete", 1),
    SUMMARY_CELL("summary.cell", 2),
    THEME_ADD("theme.add", 1),
    THEME_EDIT("theme.edit", 1),
    THEME_DELETE("theme.delete", 1),
    JOURNAL_ADD("journal.add", 0),
    JOURNAL_EDIT("journal.edit", 0),
    JOURNAL_DELETE("journal.delete", 0);

    private final String key;
    private final int arguments;

    EditKey(String key, int arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /** The key of the template in the bundle. */
    public String key() {
        return key;
    }

    /** How many arguments the template takes. */
    public int arguments() {
        return arguments;
    }
}
