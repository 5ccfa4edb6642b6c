package org.tema.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tema.app.CodebookImportPreview.PlannedCategory;
import org.tema.app.CodebookImportPreview.PlannedCode;
import org.tema.io.AtomicFiles;
import org.tema.io.refi.CodebookReader;
import org.tema.io.refi.CodebookWriter;
import org.tema.io.refi.ExchangeReport;
import org.tema.io.refi.QdaCodebook;
import org.tema.io.refi.TemaCodebook;
import org.tema.model.Category;
import org.tema.model.Code;

/**
 * Exchange of code books with other programs as REFI-QDA {@code .qdc} files: export the code tree
 * and categories; import one in two steps, a preview of what will change, then one undoable edit.
 */
public final class ExchangeCodebook {
    private final Stores stores;
    private final History history;

    public ExchangeCodebook(Project project) {
        this.stores = project.stores();
        this.history = project.history();
    }

    /** Writes the code tree (names, colours, definitions, nesting) and the categories as sets. */
    public ExchangeReport exportQdc(Path out) throws IOException {
        QdaCodebook book = TemaCodebook.of(stores.codes(), stores.categories(), false);
        if (book.codes().isEmpty()) {
            throw new IOException("The project has no codes, so there is no code book to write to " + out.getFileName());
        }
        AtomicFiles.write(out, stream -> CodebookWriter.write(book, stream));
        ExchangeReport report = new ExchangeReport("Exported the code book to " + out.getFileName());
        report.add("codes", book.allCodes().size());
        report.add("categories (as sets)", book.sets().size());
        long memos = stores.codes().list().stream().filter(c -> !c.memo().isBlank() || !c.summary().isBlank()).count();
        if (memos > 0) {
            report.skipped(memos + " code memo(s) or summaries: a .qdc has no place for them (export a .qdpx to keep them)");
        }
        return report;
    }

    /** Reads a code book and says what importing it would change; changes nothing. */
    public CodebookImportPreview preview(Path file) throws IOException {
        return preview(file.getFileName().toString(), CodebookReader.read(file));
    }

    public CodebookImportPreview preview(String fileName, QdaCodebook book) {
        return new CodebookImportPlanner(stores).plan(fileName, book);
    }

    /** Carries out a preview as one edit (undo takes all of it back) and reports what it did. */
    public ExchangeReport apply(CodebookImportPreview preview) {
        CodebookImport edit = new CodebookImport(preview);
        if (!preview.changesNothing()) {
            history.perform(edit);
        }
        ExchangeReport report = new ExchangeReport("Imported the code book " + preview.fileName());
        report.add("codes added", preview.added().size());
        report.add("codes updated", preview.updated().size());
        report.add("codes unchanged", preview.unchanged());
        report.add("categories added", preview.addedCategories().size());
        report.add("categories updated", preview.updatedCategories().size());
        preview.remarks().forEach(report::remark);
        return report;
    }

    /** The import as an undoable edit; redo puts the new codes back under the same ids. */
    private final class CodebookImport implements Edit {
        private final CodebookImportPreview preview;
        private final long[] codeIds;
        private final long[] categoryIds;
        private List<Category> categoriesBefore = List.of();

        CodebookImport(CodebookImportPreview preview) {
            this.preview = preview;
            this.codeIds = new long[preview.added().size()];
            this.categoryIds = new long[preview.addedCategories().size()];
        }

        @Override
        public EditName editName() {
            return EditName.of(EditKey.CODEBOOK_IMPORT, preview.fileName());
        }

        @Override
        public void apply() {
            categoriesBefore = stores.categories().list();
            Map<String, Long> idOf = new HashMap<>();
            stores.codes().list().forEach(c -> idOf.put(c.guid(), c.id()));
            for (int i = 0; i < codeIds.length; i++) {
                PlannedCode p = preview.added().get(i);
                Code c = p.after();
                codeIds[i] = stores.codes().insert(new Code(codeIds[i], c.guid(), parent(p, idOf), c.number(), c.name(),
                        c.colour(), c.definition(), c.memo(), c.summary(), c.position()));
                idOf.put(c.guid(), codeIds[i]);
            }
            for (PlannedCode p : preview.updated()) {
                Code c = p.after();
                stores.codes().update(new Code(c.id(), c.guid(), parent(p, idOf), c.number(), c.name(), c.colour(),
                        c.definition(), c.memo(), c.summary(), c.position()));
            }
            applyCategories(idOf);
        }

        private void applyCategories(Map<String, Long> idOf) {
            List<Category> after = new ArrayList<>(categoriesBefore);
            for (int i = 0; i < categoryIds.length; i++) {
                PlannedCategory p = preview.addedCategories().get(i);
                categoryIds[i] = stores.categories().insert(new Category(categoryIds[i], p.guid(), p.name(), p.description(),
                        "", stores.categories().nextPosition(), List.of()));
                after.add(stores.categories().find(categoryIds[i]).orElseThrow());
            }
            List<PlannedCategory> planned = new ArrayList<>(preview.addedCategories());
            planned.addAll(preview.updatedCategories());
            for (PlannedCategory p : planned) {
                List<Long> members = p.codeGuids().stream().map(idOf::get).filter(java.util.Objects::nonNull).toList();
                for (int i = 0; i < after.size(); i++) {
                    Category c = after.get(i);
                    boolean target = c.guid().equals(p.guid());
                    List<Long> codes = new ArrayList<>(c.codeIds());
                    codes.removeAll(members);
                    if (target) {
                        codes = new ArrayList<>(members);
                    }
                    after.set(i, new Category(c.id(), c.guid(), target ? p.name() : c.name(),
                            target ? p.description() : c.description(), c.memo(), c.position(), codes));
                }
            }
            Snapshots.restoreCategories(stores, after);
        }

        @Override
        public void revert() {
            preview.updated().forEach(p -> stores.codes().update(p.before()));
            for (long id : categoryIds) {
                stores.categories().delete(id);
            }
            Snapshots.restoreCategories(stores, categoriesBefore);
            for (int i = codeIds.length - 1; i >= 0; i--) {
                stores.codes().delete(codeIds[i]);
            }
        }

        private Long parent(PlannedCode p, Map<String, Long> idOf) {
            return p.parentGuid() == null ? null : idOf.get(p.parentGuid());
        }
    }
}
