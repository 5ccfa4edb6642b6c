package org.tema.app;

import java.nio.file.Path;
import java.util.Optional;
import org.tema.io.guide.Guide;
import org.tema.io.guide.GuideReader;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;

/**
 * Turns an interview guide into codes: one parent code per theme and under it one numbered code
 * per question, whose description holds the full question with its follow-ups. Importing again
 * updates the descriptions of codes that already have a question's number instead of adding twice.
 */
public final class ImportGuide {
    private static final int NAME_LENGTH = 60;

    /** What an import did: codes added and codes whose description was updated. */
    public record Result(int themes, int added, int updated) {
    }

    private final Project project;

    public ImportGuide(Project project) {
        this.project = project;
    }

    public Result run(Path file) {
        Guide guide = GuideReader.read(file);
        int[] counts = new int[2];
        project.inTransaction(() -> {
            for (Guide.Theme theme : guide.themes()) {
                Code parent = themeCode(theme.title());
                for (Guide.Question q : theme.questions()) {
                    counts[question(parent, q) ? 0 : 1]++;
                }
            }
        });
        return new Result(guide.themes().size(), counts[0], counts[1]);
    }

    private Code themeCode(String title) {
        CodeBook book = project.codeBook();
        return book.codes().stream().filter(c -> c.parentId() == null && c.name().equalsIgnoreCase(title)).findFirst()
                .orElseGet(() -> book.add(null, "", title));
    }

    /** Adds or updates the question's code; true when it was added. */
    private boolean question(Code parent, Guide.Question q) {
        CodeBook book = project.codeBook();
        Optional<Code> existing = book.codes().stream().filter(c -> c.number().equals(q.number())).findFirst();
        if (existing.isPresent()) {
            CodeDefinition d = existing.get().definition();
            if (!d.description().equals(q.fullText())) {
                book.define(existing.get().id(), new CodeDefinition(q.fullText(), d.whenToUse(), d.whenNotToUse(), d.example()));
            }
            return false;
        }
        Code c = book.add(parent.id(), q.number(), shortName(q.text()));
        book.define(c.id(), new CodeDefinition(q.fullText(), "", "", ""));
        return true;
    }

    /** The question cut at a word boundary to fit a code tree, with an ellipsis when cut. */
    static String shortName(String question) {
        if (question.length() <= NAME_LENGTH) {
            return question;
        }
        int cut = question.lastIndexOf(' ', NAME_LENGTH - 1);
        return question.substring(0, cut > 20 ? cut : NAME_LENGTH - 1).strip() + "…";
    }

}
