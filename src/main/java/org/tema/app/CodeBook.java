package org.tema.app;

import java.util.ArrayList;
import java.util.List;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.model.Colours;
import org.tema.model.Omission;
import org.tema.model.Segment;
import org.tema.store.OmissionRepository;

/** Use cases of the code tree: add, rename, recolour, renumber, define, move, merge and delete codes. */
public final class CodeBook {
    private final Stores stores;
    private final History history;

    public CodeBook(Stores stores, History history) {
        this.stores = stores;
        this.history = history;
    }

    public List<Code> codes() {
        return stores.codes().list();
    }

    public Code get(long id) {
        return stores.codes().find(id).orElseThrow(() -> new IllegalArgumentException("There is no code with id " + id));
    }

    /** Finds a code by its number or its name (numbers first), or throws naming what was asked for. */
    public Code find(String numberOrName) {
        List<Code> all = codes();
        return all.stream().filter(c -> c.number().equals(numberOrName)).findFirst()
                .or(() -> all.stream().filter(c -> c.name().equals(numberOrName)).findFirst())
                .or(() -> all.stream().filter(c -> c.name().equalsIgnoreCase(numberOrName)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("There is no code «" + numberOrName + "»"));
    }

    /** Adds a code under {@code parentId} (null for the top level) with a palette colour. */
    public Code add(Long parentId, String number, String name) {
        return add(parentId, number, name, Colours.forIndex(stores.codes().count()), CodeDefinition.EMPTY);
    }

    public Code add(Long parentId, String number, String name, String colour, CodeDefinition definition) {
        requireName(name);
        if (parentId != null) {
            get(parentId);
        }
        Code code = new Code(0, Guids.next(), parentId, number == null ? "" : number.strip(), name.strip(),
                Colours.require(colour), definition, "", "", stores.codes().nextPosition(parentId));
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.CODE_ADD, code.name()),
                () -> id[0] = stores.codes().insert(id[0] == 0 ? code : withId(code, id[0])),
                () -> stores.codes().delete(id[0])));
        return get(id[0]);
    }

    public void rename(long id, String name) {
        requireName(name);
        Code old = get(id);
        change(EditName.of(EditKey.CODE_RENAME, old.name()), old, with(old, old.number(), name.strip(), old.colour(), old.definition()));
    }

    public void recolour(long id, String colour) {
        Code old = get(id);
        change(EditName.of(EditKey.CODE_RECOLOUR, old.name()), old, with(old, old.number(), old.name(), Colours.require(colour), old.definition()));
    }

    public void renumber(long id, String number) {
        Code old = get(id);
        change(EditName.of(EditKey.CODE_RENUMBER, old.name()), old, with(old, number == null ? "" : number.strip(), old.name(), old.colour(), old.definition()));
    }

    public void define(long id, CodeDefinition definition) {
        Code old = get(id);
        change(EditName.of(EditKey.CODE_DEFINE, old.name()), old, with(old, old.number(), old.name(), old.colour(), definition));
    }

    public void setMemo(long id, String memo) {
        Code old = get(id);
        change(EditName.of(EditKey.CODE_MEMO, old.name()), old, new Code(old.id(), old.guid(), old.parentId(), old.number(),
                old.name(), old.colour(), old.definition(), memo, old.summary(), old.position()));
    }

    public void setSummary(long id, String summary) {
        Code old = get(id);
        change(EditName.of(EditKey.CODE_SUMMARY, old.name()), old, new Code(old.id(), old.guid(), old.parentId(), old.number(),
                old.name(), old.colour(), old.definition(), old.memo(), summary, old.position()));
    }

    /** Moves a code under a new parent (null: top level) at a position among its new siblings. */
    public void move(long id, Long newParentId, int position) {
        Code old = get(id);
        for (Long p = newParentId; p != null; p = get(p).parentId()) {
            if (p == id) {
                throw new IllegalArgumentException("A code cannot be moved under itself or its own subcodes");
            }
        }
        List<Code> siblings = new ArrayList<>(stores.codes().children(newParentId));
        siblings.removeIf(c -> c.id() == id);
        int at = Math.max(0, Math.min(position, siblings.size()));
        Code moved = new Code(old.id(), old.guid(), newParentId, old.number(), old.name(), old.colour(),
                old.definition(), old.memo(), old.summary(), at);
        siblings.add(at, moved);
        List<Code> before = new ArrayList<>(stores.codes().children(newParentId));
        before.add(old);
        List<Code> after = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            Code c = siblings.get(i);
            after.add(new Code(c.id(), c.guid(), c.parentId(), c.number(), c.name(), c.colour(), c.definition(),
                    c.memo(), c.summary(), i));
        }
        history.perform(Edit.of(EditName.of(EditKey.CODE_MOVE, old.name()),
                () -> after.forEach(stores.codes()::update),
                () -> before.forEach(stores.codes()::update)));
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: every coded passage moves to the target (a passage
     * the target already codes is not doubled), subcodes move under the target, the source is deleted.
     */
    public void merge(long sourceId, long targetId) {
        if (sourceId == targetId) {
            throw new IllegalArgumentException("A code cannot be merged into itself");
        }
        Code source = get(sourceId);
        Code target = get(targetId);
        for (Long p = target.parentId(); p != null; p = get(p).parentId()) {
            if (p == sourceId) {
                throw new IllegalArgumentException("A code cannot be merged into one of its own subcodes");
            }
        }
        List<Segment> segments = stores.segments().ofCode(sourceId);
        OmissionRepository omissionStore = new OmissionRepository(stores.file());
        List<Omission> omissions = omissionStore.ofCode(sourceId);
        List<Code> children = stores.codes().children(sourceId);
        List<Category> categories = stores.categories().list();
        SummaryCells cells = SummaryCells.of(stores, List.of(sourceId, targetId));
        history.perform(Edit.of(EditName.of(EditKey.CODE_MERGE, source.name(), target.name()), () -> {
            for (Segment s : segments) {
                if (stores.segments().find(s.documentId(), targetId, s.start(), s.end()).isPresent()) {
                    stores.segments().delete(s.id());
                } else {
                    stores.segments().update(retarget(s, targetId));
                }
            }
            children.forEach(c -> stores.codes().update(new Code(c.id(), c.guid(), targetId, c.number(), c.name(),
                    c.colour(), c.definition(), c.memo(), c.summary(), c.position())));
            cells.carryOver(sourceId, targetId);
            stores.codes().delete(sourceId);
        }, () -> {
            stores.codes().insert(source);
            children.forEach(stores.codes()::update);
            for (Segment s : segments) {
                if (stores.segments().find(s.id()).isPresent()) {
                    stores.segments().update(s);
                } else {
                    stores.segments().insert(s);
                }
            }
            omissionStore.restore(omissions);
            Snapshots.restoreCategories(stores, categories);
            cells.restore();
        }));
    }

    /**
     * Deletes a code with its subcodes. When any of them codes a passage, {@code confirmed} must be
     * true: the passages go with it (undo brings them back).
     */
    public void delete(long id, boolean confirmed) {
        Code code = get(id);
        List<Code> subtree = subtree(code);
        List<Segment> segments = new ArrayList<>();
        subtree.forEach(c -> segments.addAll(stores.segments().ofCode(c.id())));
        OmissionRepository omissionStore = new OmissionRepository(stores.file());
        List<Omission> omissions = new ArrayList<>();
        subtree.forEach(c -> omissions.addAll(omissionStore.ofCode(c.id())));
        if (!segments.isEmpty() && !confirmed) {
            throw new ConfirmationRequiredException("The code «" + code.name() + "» codes " + segments.size()
                    + " passage(s); confirm to delete it and them");
        }
        List<Category> categories = stores.categories().list();
        SummaryCells cells = SummaryCells.of(stores, subtree.stream().map(Code::id).toList());
        history.perform(Edit.of(EditName.of(EditKey.CODE_DELETE, code.name()), () -> {
            for (int i = subtree.size() - 1; i >= 0; i--) {
                stores.codes().delete(subtree.get(i).id());
            }
        }, () -> {
            subtree.forEach(stores.codes()::insert);
            segments.forEach(stores.segments()::insert);
            omissionStore.restore(omissions);
            Snapshots.restoreCategories(stores, categories);
            cells.restore();
        }));
    }

    /** The code and all its descendants, parents before children. */
    public List<Code> subtree(Code root) {
        List<Code> out = new ArrayList<>();
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(stores.codes().children(out.get(i).id()));
        }
        return out;
    }

    private void change(EditName name, Code before, Code after) {
        history.perform(Edit.of(name, () -> stores.codes().update(after), () -> stores.codes().update(before)));
    }

    private static Code with(Code c, String number, String name, String colour, CodeDefinition definition) {
        return new Code(c.id(), c.guid(), c.parentId(), number, name, colour, definition, c.memo(), c.summary(), c.position());
    }

    private static Code withId(Code c, long id) {
        return new Code(id, c.guid(), c.parentId(), c.number(), c.name(), c.colour(), c.definition(), c.memo(),
                c.summary(), c.position());
    }

    private static Segment retarget(Segment s, long codeId) {
        return new Segment(s.id(), s.guid(), s.documentId(), codeId, s.start(), s.end(), s.coderId(), s.created(),
                s.memo(), s.inReport());
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A code needs a name");
        }
    }
}
