package org.tema.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tema.store.Transactions;

/**
 * Undo and redo for the edits of one working session. Every edit, its undo and its redo runs in one
 * transaction, so each is stored before the call returns.
 */
public final class History {
    private final Transactions transactions;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public History(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Applies an edit and makes it the one to undo next. */
    public void perform(Edit edit) {
        transactions.run(edit::apply);
        undo.push(edit);
        redo.clear();
        changed();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The name, in English, of the edit that {@link #undo()} would revert. */
    public Optional<String> undoName() {
        return undoEditName().map(EditName::english);
    }

    /** The name, in English, of the edit that {@link #redo()} would apply again. */
    public Optional<String> redoName() {
        return redoEditName().map(EditName::english);
    }

    /** The name of the edit that {@link #undo()} would revert, in a language. */
    public Optional<String> undoName(Locale locale) {
        return undoEditName().map(n -> n.in(locale));
    }

    public Optional<String> redoName(Locale locale) {
        return redoEditName().map(n -> n.in(locale));
    }

    /** The key and arguments of the edit that {@link #undo()} would revert, to be shown in any language. */
    public Optional<EditName> undoEditName() {
        return Optional.ofNullable(undo.peek()).map(Edit::editName);
    }

    public Optional<EditName> redoEditName() {
        return Optional.ofNullable(redo.peek()).map(Edit::editName);
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.peek();
        transactions.run(e::revert);
        redo.push(undo.pop());
        changed();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.peek();
        transactions.run(e::apply);
        undo.push(redo.pop());
        changed();
    }

    /** Called after every perform, undo and redo, so views can refresh. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
