package org.tema.ui.categorise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tema.model.Category;
import org.tema.ui.coding.CodeNode;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.common.ProjectSession;

/** Categorisation: the categories with the codes gathered in them, and the codes in no category yet. */
public final class CategoriseViewModel {
    private final ProjectSession session;
    /** Kept so that the weak change listener lives as long as this view model. */
    private final Object changes;
    private final CodeTreeViewModel codes;
    private final ObservableList<CategoryRow> rows = FXCollections.observableArrayList();
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

    private void reload() {
        session.read(p -> p.categories().list(), list -> {
            categories = list;
            rebuild();
        });
    }

    private void rebuild() {
        Map<Long, CodeNode> byId = codes.codes().stream().collect(Collectors.toMap(n -> n.code().id(), Function.identity()));
        List<CategoryRow> out = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Category c : categories) {
            List<CodeNode> members = c.codeIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            members.forEach(n -> placed.add(n.code().id()));
            out.add(new CategoryRow(c, members));
        }
        List<CodeNode> rest = codes.codes().stream().filter(n -> !placed.contains(n.code().id())).toList();
        if (!rest.isEmpty()) {
            out.add(new CategoryRow(null, rest));
        }
        rows.setAll(out);
    }

    public Optional<CategoryRow> uncategorised() {
        return rows.stream().filter(r -> r.category() == null).findFirst();
    }
}
