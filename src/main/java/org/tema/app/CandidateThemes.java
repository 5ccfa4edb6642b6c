package org.tema.app;

import java.time.Instant;
import java.util.List;
import org.tema.model.CandidateTheme;
import org.tema.store.CandidateThemeRepository;

/** Use cases of candidate themes: note one while reading, reword it, drop it. Every change is undoable. */
public final class CandidateThemes {
    private final CandidateThemeRepository themes;
    private final History history;

    public CandidateThemes(CandidateThemeRepository themes, History history) {
        this.themes = themes;
        this.history = history;
    }

    public List<CandidateTheme> list() {
        return themes.list();
    }

    public CandidateTheme get(long id) {
        return themes.find(id).orElseThrow(() -> new IllegalArgumentException("There is no candidate theme with id " + id));
    }

    public CandidateTheme add(String name, String note) {
        requireName(name);
        CandidateTheme draft = new CandidateTheme(0, Guids.next(), name.strip(), note == null ? "" : note, Instant.now());
        long[] id = {0};
        history.perform(Edit.of(EditName.of(EditKey.THEME_ADD, draft.name()),
                () -> id[0] = themes.insert(id[0] == 0 ? draft : draft.withId(id[0])),
                () -> themes.delete(id[0])));
        return get(id[0]);
    }

    public void edit(long id, String name, String note) {
        requireName(name);
        CandidateTheme old = get(id);
        CandidateTheme changed = old.withText(name.strip(), note == null ? "" : note);
        history.perform(Edit.of(EditName.of(EditKey.THEME_EDIT, old.name()), () -> themes.update(changed),
                () -> themes.update(old)));
    }

    public void delete(long id) {
        CandidateTheme old = get(id);
        history.perform(Edit.of(EditName.of(EditKey.THEME_DELETE, old.name()), () -> themes.delete(id),
                () -> themes.insert(old)));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A candidate theme needs a name");
        }
    }
}
