package org.tema.ui.categorise;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.tema.ui.common.Messages;

/**
 * The Categorisation phase: a tab pane whose first tab is the category board. Further views of the
 * phase are appended as tabs: {@code view.tabs().getTabs().addAll(moreTabs)}.
 */
public final class CategoriseView {
    private final TabPane tabs = new TabPane();

    public CategoriseView(CategoryBoard board, Messages messages) {
        Tab categories = new Tab(messages.get("categorise.categories"), board.node());
        categories.setClosable(false);
        categories.setId("tab-categories");
        tabs.getTabs().add(categories);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("categorise-tabs");
    }

    /** The phase's tabs, the category board first; other views add theirs here. */
    public TabPane tabs() {
        return tabs;
    }

    public Node node() {
        return tabs;
    }
}
