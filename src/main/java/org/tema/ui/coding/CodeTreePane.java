package org.tema.ui.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tema.model.Code;
import org.tema.model.Colours;
import org.tema.ui.common.Dialogs;
import org.tema.ui.common.Icons;
import org.tema.ui.common.Messages;

/**
 * The code tree beside the transcript. Double-click a code (or drop selected words on it) to apply
 * it; drag a code onto another to make it a subcode, or onto the empty space for the top level.
 */
final class CodeTreePane {
    /** What a drag from the transcript carries: the words being coded. */
    static final DataFormat SELECTION = new DataFormat("application/x-tema-selection");
    private static final DataFormat CODE = new DataFormat("application/x-tema-code");
    private final CodeTreeViewModel tree;
    private final CodingViewModel coding;
    private final Messages messages;
    private final TreeView<CodeNode> view = new TreeView<>(new TreeItem<>());
    private final BorderPane root = new BorderPane();

    CodeTreePane(CodeTreeViewModel tree, CodingViewModel coding, Messages messages) {
        this.tree = tree;
        this.coding = coding;
        this.messages = messages;
        view.setShowRoot(false);
        view.getStyleClass().add("code-tree");
        view.setCellFactory(v -> cell());
        view.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                tree.selectedProperty().set(item == null || item.getValue() == null ? null : item.getValue().code()));
        tree.roots().addListener((javafx.collections.ListChangeListener<CodeNode>) c -> rebuild());
        tree.selectedProperty().addListener((o, a, code) -> selectInView(code));
        view.setOnDragOver(e -> accept(e, null));
        view.setOnDragDropped(e -> drop(e, null));
        view.setContextMenu(new ContextMenu(item("coding.addCode", () -> addCode(null))));
        Label title = new Label(messages.get("coding.codes"));
        title.getStyleClass().add("pane-title");
        Button add = iconButton(Icons.ADD, "coding.addCode", () -> addCode(null));
        Button sub = iconButton(Icons.ADD, "coding.addSubcode", () -> selected().ifPresent(c -> addCode(c.id())));
        sub.setGraphic(Icons.CODE.node());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox bar = new HBox(4, title, space, add, sub);
        bar.getStyleClass().add("pane-header");
        bar.setPadding(new Insets(4, 6, 4, 8));
        root.setTop(bar);
        root.setCenter(view);
        rebuild();
    }

    Node node() {
        return root;
    }

    TreeView<CodeNode> treeView() {
        return view;
    }

    private java.util.Optional<Code> selected() {
        return java.util.Optional.ofNullable(tree.selectedProperty().get());
    }

    private void rebuild() {
        Set<Long> collapsed = new HashSet<>();
        collect(view.getRoot(), collapsed);
        Code sel = tree.selectedProperty().get();
        TreeItem<CodeNode> root = new TreeItem<>();
        add(root, tree.roots(), collapsed);
        view.setRoot(root);
        selectInView(sel);
    }

    private void collect(TreeItem<CodeNode> item, Set<Long> collapsed) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            if (!child.isExpanded() && !child.isLeaf()) {
                collapsed.add(child.getValue().code().id());
            }
            collect(child, collapsed);
        }
    }

    private void add(TreeItem<CodeNode> parent, List<CodeNode> nodes, Set<Long> collapsed) {
        for (CodeNode n : nodes) {
            TreeItem<CodeNode> item = new TreeItem<>(n);
            item.setExpanded(!collapsed.contains(n.code().id()));
            add(item, n.children(), collapsed);
            parent.getChildren().add(item);
        }
    }

    private void selectInView(Code code) {
        TreeItem<CodeNode> current = view.getSelectionModel().getSelectedItem();
        if (code == null) {
            view.getSelectionModel().clearSelection();
        } else if (current == null || current.getValue().code().id() != code.id()) {
            find(view.getRoot(), code.id()).ifPresent(i -> view.getSelectionModel().select(i));
        }
    }

    private java.util.Optional<TreeItem<CodeNode>> find(TreeItem<CodeNode> item, long id) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            if (child.getValue().code().id() == id) {
                return java.util.Optional.of(child);
            }
            var deeper = find(child, id);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return java.util.Optional.empty();
    }

    private TreeCell<CodeNode> cell() {
        CodeCell cell = new CodeCell();
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && cell.getItem() != null) {
                coding.apply(cell.getItem().code());
                e.consume();
            }
        });
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.put(CODE, cell.getItem().code().id());
                cell.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        cell.setOnDragOver(e -> accept(e, cell.getItem()));
        cell.setOnDragDropped(e -> drop(e, cell.getItem()));
        cell.itemProperty().addListener((o, a, item) -> cell.setContextMenu(item == null ? null : menu(item.code())));
        return cell;
    }

    private void accept(DragEvent e, CodeNode target) {
        if (e.getDragboard().hasContent(SELECTION) && target != null) {
            e.acceptTransferModes(TransferMode.COPY);
        } else if (e.getDragboard().hasContent(CODE)) {
            e.acceptTransferModes(TransferMode.MOVE);
        }
        e.consume();
    }

    private void drop(DragEvent e, CodeNode target) {
        if (e.getDragboard().hasContent(SELECTION) && target != null) {
            coding.apply(target.code());
            e.setDropCompleted(true);
        } else if (e.getDragboard().hasContent(CODE)) {
            long id = ((Number) e.getDragboard().getContent(CODE)).longValue();
            tree.node(id).ifPresent(moving -> {
                Long parent = target == null ? null : target.code().id();
                int position = target == null ? tree.roots().size() : target.children().size();
                if (parent == null || parent != id) {
                    tree.move(moving.code(), parent, position);
                }
            });
            e.setDropCompleted(true);
        }
        e.consume();
    }

    /** Keys 1-9, each with the code it holds now, and a way to take this code off its key. */
    private Menu pinMenu(Code code) {
        Menu pin = new Menu(messages.format("coding.pin", "1–9"));
        for (int k = 1; k <= CodingViewModel.PINNED_KEYS; k++) {
            int key = k;
            MenuItem item = new MenuItem(Integer.toString(k));
            item.setOnAction(e -> coding.pin(code, key));
            pin.getItems().add(item);
        }
        MenuItem unpin = new MenuItem();
        javafx.scene.control.SeparatorMenuItem line = new javafx.scene.control.SeparatorMenuItem();
        pin.getItems().addAll(line, unpin);
        pin.setOnShowing(e -> {
            for (int k = 1; k <= CodingViewModel.PINNED_KEYS; k++) {
                Code held = coding.pinned().get(k);
                pin.getItems().get(k - 1).setText(held == null ? Integer.toString(k) : k + "   " + held.label());
            }
            java.util.Optional<Integer> current = coding.pinnedKeyOf(code);
            line.setVisible(current.isPresent());
            unpin.setVisible(current.isPresent());
            current.ifPresent(key -> {
                unpin.setText(messages.format("coding.unpin", key));
                unpin.setOnAction(a -> coding.unpin(key));
            });
        });
        return pin;
    }

    private ContextMenu menu(Code code) {
        Menu pin = pinMenu(code);
        Menu colour = new Menu(messages.get("coding.colour"));
        for (int i = 0; i < 19; i++) {
            String c = Colours.forIndex(i);
            MenuItem m = new MenuItem(c, new javafx.scene.shape.Circle(6, javafx.scene.paint.Color.web(c)));
            m.setOnAction(e -> tree.recolour(code, c));
            colour.getItems().add(m);
        }
        return new ContextMenu(
                item("coding.addSubcode", () -> addCode(code.id())),
                item("coding.rename", () -> Dialogs.askText(view, messages.get("coding.rename"),
                        messages.format("coding.rename.header", code.name()), code.name()).ifPresent(n -> tree.rename(code, n))),
                item("coding.renumber", () -> Dialogs.askText(view, messages.get("coding.renumber"),
                        messages.format("coding.renumber.header", code.name()), code.number()).ifPresent(n -> tree.renumber(code, n))),
                colour, pin,
                item("coding.merge", () -> Dialogs.choose(view, messages.get("coding.merge"),
                        messages.format("coding.merge.header", code.label()),
                        tree.codes().stream().map(CodeNode::code).filter(c -> c.id() != code.id()).map(Code::label).toList())
                        .flatMap(label -> tree.codes().stream().map(CodeNode::code).filter(c -> c.label().equals(label)).findFirst())
                        .ifPresent(target -> tree.merge(code, target))),
                new SeparatorMenuItem(),
                item("coding.delete", () -> delete(code)));
    }

    private void delete(Code code) {
        if (!tree.deleteNeedsConfirmation(code) || Dialogs.confirm(view, messages.get("coding.delete"),
                messages.format("coding.delete.confirm", code.label(), tree.passagesWithSubcodes(code)))) {
            tree.delete(code);
        }
    }

    private void addCode(Long parentId) {
        Dialogs.askText(view, messages.get("coding.newCode.title"), messages.get("coding.newCode.name"), "")
                .ifPresent(name -> tree.add(parentId, "", name));
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem(messages.get(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    private Button iconButton(Icons icon, String tipKey, Runnable action) {
        Button b = new Button(null, icon.node());
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }
}
