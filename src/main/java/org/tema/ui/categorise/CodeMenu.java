package org.tema.ui.categorise;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.tema.model.Category;
import org.tema.model.Code;
import org.tema.ui.coding.CodeNode;
import org.tema.ui.coding.CodeTreeViewModel;
import org.tema.ui.common.Dialogs;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/** The menu of a code on the board: rename, merge, split, and move it between categories without dragging. */
final class CodeMenu {
    private final CategoriseViewModel model;
    private final CodeRestructuring restructuring;
    private final CodeTreeViewModel codes;
    private final Messages messages;

    CodeMenu(CategoriseViewModel model, CodeRestructuring restructuring, CodeTreeViewModel codes, Messages messages) {
        this.model = model;
        this.restructuring = restructuring;
        this.codes = codes;
        this.messages = messages;
    }

    void show(Node owner, Code code, Category holder, double screenX, double screenY) {
        ContextMenu menu = new ContextMenu();
        MenuItem rename = item("categorise.code.rename", Icons.RENAME, () -> Dialogs.askText(owner,
                messages.get("categorise.code.rename"), messages.format("categorise.code.rename.header", code.label()), code.name())
                .ifPresent(name -> restructuring.rename(code.id(), name)));
        MenuItem merge = item("categorise.code.merge", Icons.MERGE, () -> mergeInto(owner, code));
        MenuItem split = item("categorise.code.split", null, () -> SplitDialog.show(owner, code, restructuring, messages));
        Menu moveTo = new Menu(messages.get("categorise.code.moveTo"));
        for (Category c : model.categories()) {
            MenuItem target = new MenuItem(c.name());
            target.setDisable(holder != null && holder.id() == c.id());
            target.setOnAction(e -> model.addCode(c.id(), code.id(), c.codeIds().size()));
            moveTo.getItems().add(target);
        }
        moveTo.setDisable(moveTo.getItems().isEmpty());
        menu.getItems().addAll(rename, merge, split, new SeparatorMenuItem(), moveTo);
        if (holder != null) {
            menu.getItems().add(item("categorise.code.remove", Icons.REMOVE_CODE, () -> model.removeCode(code.id())));
        }
        menu.show(owner, screenX, screenY);
    }

    private void mergeInto(Node owner, Code source) {
        List<Code> targets = codes.codes().stream().map(CodeNode::code).filter(c -> c.id() != source.id()).toList();
        List<String> labels = targets.stream().map(Code::label).toList();
        Dialogs.choose(owner, messages.get("categorise.code.merge"), messages.format("categorise.code.merge.header", source.label()), labels)
                .map(labels::indexOf)
                .ifPresent(i -> restructuring.merge(source.id(), targets.get(i).id()));
    }

    private MenuItem item(String key, Icons icon, Runnable action) {
        MenuItem m = new MenuItem(messages.get(key), icon == null ? null : icon.node());
        m.setOnAction(e -> action.run());
        return m;
    }
}
