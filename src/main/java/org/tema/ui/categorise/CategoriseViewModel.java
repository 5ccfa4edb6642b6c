package org.tema.ui.categorise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.model.Category;
import org.tema.ui.coding.CodeNode;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.common.ProjectSession;

/**
 * The category board: the categories with the codes gathered in them, the codes in no category yet,
 * the category chosen for the side panel, and the edits of categories (each one undoable step).
 */
public final class CategoriseViewModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final CodeTreeViewModel codes;
    private final ObservableList<CategoryRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Category> selected = new SimpleObjectProperty<>();
    private List<Category> categories = List.of();

    public CategoriseViewModel(ProjectSession session, CodeTreeViewModel codes) {
        this.session = session;
        this.codes = codes;
        changes = session.onChange(this::reload);
        codes.codes().addListener((javafx.collections.ListChangeListener<CodeNode>) c -> rebuild());
        reload();
    }

    /** The categories in order, then (if any) a row of the codes in no category. */
    public ObservableList<CategoryRow> rows() {
        return rows;
    }

    /** The category shown in the side panel; follows reloads (null when it is gone). */
    public ObjectProperty<Category> selectedProperty() {
        return selected;
    }

    public Optional<CategoryRow> uncategorised() {
        return rows.stream().filter(r -> r.category() == null).findFirst();
    }

    /** The categories in their order, without the row of codes in no category. */
    public List<Category> categories() {
        return categories;
    }

    public void select(Category category) {
        selected.set(category);
    }

    public void create(String name) {
        session.edit(p -> p.categories().create(name, ""), selected::set);
    }

    public void rename(long categoryId, String name) {
        session.edit(p -> p.categories().rename(categoryId, name));
    }

    public void describe(long categoryId, String description) {
        session.edit(p -> p.categories().describe(categoryId, description));
    }

    public void setMemo(long categoryId, String memo) {
        session.edit(p -> p.categories().setMemo(categoryId, memo));
    }

    /** Puts a category at {@code position} in the order of categories (0 is first). */
    public void move(long categoryId, int position) {
        session.edit(p -> p.categories().moveTo(categoryId, position));
    }

    /** Moves a category one place earlier ({@code -1}) or later ({@code +1}); nothing at either end. */
    public void shift(long categoryId, int step) {
        int at = indexOf(categoryId);
        int to = at + step;
        if (at >= 0 && to >= 0 && to < categories.size()) {
            move(categoryId, to);
        }
    }

    public void delete(long categoryId) {
        session.edit(p -> p.categories().delete(categoryId));
    }

    /** Puts a code into a category at a position, taking it out of any other category. */
    public void addCode(long categoryId, long codeId, int position) {
        session.edit(p -> p.categories().addCode(categoryId, codeId, position));
    }

    /** Takes a code out of whatever category holds it; nothing when it is in none. */
    public void removeCode(long codeId) {
        categories.stream().filter(c -> c.codeIds().contains(codeId)).findFirst()
                .ifPresent(c -> session.edit(p -> p.categories().removeCode(c.id(), codeId)));
    }

    private int indexOf(long categoryId) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).id() == categoryId) {
                return i;
            }
        }
        return -1;
    }

    private void reload() {
        session.read(p -> p.categories().list(), list -> {
            categories = list;
            Category current = selected.get();
            selected.set(current == null ? null
                    : list.stream().filter(c -> c.id() == current.id()).findFirst().orElse(null));
            rebuild();
        });
    }

    private void rebuild() {
        Map<Long, CodeNode> byId = codes.codes().stream().collect(Collectors.toMap(n -> n.code().id(), Function.identity()));
        List<CategoryRow> out = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Category c : categories) {
            List<CodeNode> members = c.codeIds().stream().map(byId::get).filter(Objects::nonNull).toList();
            members.forEach(n -> placed.add(n.code().id()));
            out.add(new CategoryRow(c, members));
        }
        List<CodeNode> rest = codes.codes().stream().filter(n -> !placed.contains(n.code().id())).toList();
        if (!rest.isEmpty()) {
            out.add(new CategoryRow(null, rest));
        }
        rows.setAll(out);
    }
}
