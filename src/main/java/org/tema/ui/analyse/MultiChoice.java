package org.tema.ui.analyse;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One field of the analysis filter that takes several values (groups, transcripts, coders, values of
 * an attribute): the options offered and the keys of the chosen ones; none chosen means any.
 * Options are matched by key (an id), so a reloaded option that is the same thing stays chosen.
 *
 * @param <T> an option
 * @param <K> what identifies an option
 */
public final class MultiChoice<T, K> {
    /** At most this many names are written out in the summary; more are counted. */
    static final int NAMED = 2;
    /** A summary of names longer than this is counted instead. */
    static final int LONGEST = 32;
    private final Function<T, K> key;
    private final Function<T, String> name;
    private final ObservableList<T> options = FXCollections.observableArrayList();
    private final ObservableSet<K> chosen = FXCollections.observableSet(new LinkedHashSet<>());

    public MultiChoice(Function<T, K> key, Function<T, String> name) {
        this.key = key;
        this.name = name;
    }

    public ObservableList<T> options() {
        return options;
    }

    /** The chosen keys; observe it to follow the choice. */
    public ObservableSet<K> chosenKeys() {
        return chosen;
    }

    public Set<K> chosen() {
        return Set.copyOf(chosen);
    }

    public boolean isChosen(T option) {
        return chosen.contains(key.apply(option));
    }

    public void choose(T option, boolean on) {
        if (on) {
            chosen.add(key.apply(option));
        } else {
            chosen.remove(key.apply(option));
        }
    }

    public void clear() {
        chosen.clear();
    }

    public String name(T option) {
        return name.apply(option);
    }

    /** Offers new options; chosen keys that are no longer offered are dropped. */
    void offer(List<T> newOptions) {
        options.setAll(newOptions);
        Set<K> offered = new HashSet<>();
        newOptions.forEach(o -> offered.add(key.apply(o)));
        chosen.retainAll(offered);
    }

    /**
     * What the field shows: {@code none} when nothing is chosen, the chosen names in the order offered
     * when they are few and short («Kontor A, Kontor B»), else their number through {@code count}
     * («3 transcripts»).
     */
    public String summary(String none, IntFunction<String> count) {
        if (chosen.isEmpty()) {
            return none;
        }
        List<String> names = options.stream().filter(this::isChosen).map(name).toList();
        String joined = String.join(", ", names);
        return names.size() == chosen.size() && names.size() <= NAMED && joined.length() <= LONGEST
                ? joined : count.apply(chosen.size());
    }
}
