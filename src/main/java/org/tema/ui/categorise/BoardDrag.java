package org.tema.ui.categorise;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** What is dragged on the board, a code or a category, carried as text «code:ID» or «category:ID». */
record BoardDrag(Kind kind, long id) {
    enum Kind { CODE, CATEGORY }

    private static final String CODE = "tema-code:";
    private static final String CATEGORY = "tema-category:";

    static void start(Node source, Kind kind, long id) {
        source.setOnDragDetected(e -> {
            Dragboard board = source.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString((kind == Kind.CODE ? CODE : CATEGORY) + id);
            board.setContent(content);
            board.setDragView(source.snapshot(null, null));
            e.consume();
        });
    }

    static Optional<BoardDrag> of(Dragboard board) {
        if (!board.hasString()) {
            return Optional.empty();
        }
        String s = board.getString();
        try {
            if (s.startsWith(CODE)) {
                return Optional.of(new BoardDrag(Kind.CODE, Long.parseLong(s.substring(CODE.length()))));
            }
            if (s.startsWith(CATEGORY)) {
                return Optional.of(new BoardDrag(Kind.CATEGORY, Long.parseLong(s.substring(CATEGORY.length()))));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
