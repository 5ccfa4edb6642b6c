package org.tema.ui.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.model.Code;
import org.tema.model.CodeDefinition;
import org.tema.ui.common.ProjectSession;

/**
 * The code tree: codes with numbers, colours and counts; add, rename, move, merge and delete; the
 * selected code's definition and memo. Reloads after every change of the project.
 */
public final class CodeTreeViewModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final ObservableList<CodeNode> roots = FXCollections.observableArrayList();
    private final ObservableList<CodeNode> inOrder = FXCollections.observableArrayList();
    private final ObjectProperty<Code> selected = new SimpleObjectProperty<>();

    public CodeTreeViewModel(ProjectSession session) {
        this.session = session;
        changes = session.onChange(this::reload);
        reload();
    }

    private record Snapshot(List<Code> codes, Map<Long, Integer> counts) {
    }

    public void reload() {
        session.read(p -> new Snapshot(p.codeBook().codes(), new HashMap<>(p.overview().passagesPerCode())), s -> {
            List<CodeNode> forest = CodeNode.forest(s.codes(), s.counts());
            roots.setAll(forest);
            inOrder.setAll(CodeNode.flatten(forest));
            Code current = selected.get();
            selected.set(current == null ? null : node(current.id()).map(CodeNode::code).orElse(null));
        });
    }

    /** The top-level codes, each with its subcodes. */
    public ObservableList<CodeNode> roots() {
        return roots;
    }

    /** Every code in tree order. */
    public ObservableList<CodeNode> codes() {
        return inOrder;
    }

    public ObjectProperty<Code> selectedProperty() {
        return selected;
    }

    public Optional<CodeNode> node(long codeId) {
        return inOrder.stream().filter(n -> n.code().id() == codeId).findFirst();
    }

    public void add(Long parentId, String number, String name) {
        session.edit(p -> p.codeBook().add(parentId, number, name), selected::set);
    }

    public void rename(Code code, String name) {
        session.edit(p -> p.codeBook().rename(code.id(), name));
    }

    public void renumber(Code code, String number) {
        session.edit(p -> p.codeBook().renumber(code.id(), number));
    }

    public void recolour(Code code, String colour) {
        session.edit(p -> p.codeBook().recolour(code.id(), colour));
    }

    public void define(Code code, CodeDefinition definition) {
        if (!definition.equals(code.definition())) {
            session.edit(p -> p.codeBook().define(code.id(), definition));
        }
    }

    public void setMemo(Code code, String memo) {
        if (!memo.equals(code.memo())) {
            session.edit(p -> p.codeBook().setMemo(code.id(), memo));
        }
    }

    /** Moves a code under a new parent (null: the top level) at a position among its siblings. */
    public void move(Code code, Long newParentId, int position) {
        session.edit(p -> p.codeBook().move(code.id(), newParentId, position));
    }

    public void merge(Code source, Code target) {
        session.edit(p -> p.codeBook().merge(source.id(), target.id()), () -> selected.set(target));
    }

    /** Whether deleting the code would take coded passages with it, so the user must confirm. */
    public boolean deleteNeedsConfirmation(Code code) {
        return node(code.id()).map(n -> n.totalCount() > 0).orElse(false);
    }

    public int passagesWithSubcodes(Code code) {
        return node(code.id()).map(CodeNode::totalCount).orElse(0);
    }

    /** Deletes a code with its subcodes and passages; call only after the user confirmed, when needed. */
    public void delete(Code code) {
        session.edit(p -> p.codeBook().delete(code.id(), true), () -> selected.set(null));
    }

    /** The first code whose number is {@code query}, else whose number or name starts with it, else whose name contains it. */
    public Optional<Code> bestMatch(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        List<Code> all = inOrder.stream().map(CodeNode::code).toList();
        return all.stream().filter(c -> c.number().equalsIgnoreCase(q)).findFirst()
                .or(() -> all.stream().filter(c -> c.label().toLowerCase(java.util.Locale.ROOT).startsWith(q)
                        || c.name().toLowerCase(java.util.Locale.ROOT).startsWith(q)).findFirst())
                .or(() -> all.stream().filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(q)).findFirst());
    }
}
