package org.tema.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * Keeps split panes' dividers where the user left them, in {@link Settings#dividers()}. A view names
 * its split panes with {@link #name(SplitPane, String)} (a name on the node, no state); whoever
 * builds the views then calls {@link #bindNamed(Node)} once, which restores each named pane's
 * dividers and records every later move.
 */
public final class DividerMemory {
    private static final String NAME = DividerMemory.class.getName();
    private final Settings settings;

    public DividerMemory(Settings settings) {
        this.settings = settings;
    }

    /** Marks a split pane as one whose dividers are remembered under {@code name}. */
    public static SplitPane name(SplitPane pane, String name) {
        pane.getProperties().put(NAME, name);
        return pane;
    }

    /** Binds every named split pane in {@code root}, including those inside tabs, scroll panes and titled panes. */
    public void bindNamed(Node root) {
        for (SplitPane pane : namedIn(root)) {
            bind(pane, (String) pane.getProperties().get(NAME));
        }
    }

    /** The named split panes in a view, outermost first. */
    public static List<SplitPane> namedIn(Node root) {
        List<SplitPane> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<SplitPane> found) {
        if (node == null) {
            return;
        }
        if (node instanceof SplitPane split) {
            if (split.getProperties().get(NAME) instanceof String) {
                found.add(split);
            }
            split.getItems().forEach(n -> collect(n, found));
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).forEach(n -> collect(n, found));
        } else if (node instanceof ScrollPane scroll) {
            collect(scroll.getContent(), found);
        } else if (node instanceof TitledPane titled) {
            collect(titled.getContent(), found);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> collect(n, found));
        }
    }

    /**
     * Restores the pane's dividers from the settings (when the saved positions fit the pane) and
     * saves them whenever the user moves one. Moves while the pane is not laid out are not saved.
     */
    public void bind(SplitPane pane, String name) {
        List<Double> saved = settings.dividers().get(name);
        if (saved != null && saved.size() == pane.getDividers().size()) {
            pane.setDividerPositions(saved.stream().mapToDouble(Double::doubleValue).toArray());
        }
        for (SplitPane.Divider divider : pane.getDividers()) {
            divider.positionProperty().addListener((o, a, b) -> {
                if (pane.getScene() != null && pane.getWidth() > 0 && pane.getHeight() > 0) {
                    settings.dividers().put(name, positions(pane));
                }
            });
        }
    }

    private static List<Double> positions(SplitPane pane) {
        return java.util.Arrays.stream(pane.getDividerPositions()).boxed().toList();
    }
}
