package org.tema.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Small modal questions, owned by the window of the node that asks. */
public final class Dialogs {
    private Dialogs() {
    }

    public static Optional<String> askText(Node owner, String title, String header, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(window(owner));
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public static <T> Optional<T> choose(Node owner, String title, String header, List<T> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> d = new ChoiceDialog<>(choices.get(0), choices);
        d.initOwner(window(owner));
        d.setTitle(title);
        d.setHeaderText(header);
        return d.showAndWait();
    }

    public static boolean confirm(Node owner, String title, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(window(owner));
        a.setTitle(title);
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    public static void error(Window owner, String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.show();
    }

    private static Window window(Node node) {
        return node == null || node.getScene() == null ? null : node.getScene().getWindow();
    }
}
