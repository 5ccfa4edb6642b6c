package org.tema.ui.analyse;

import static org.tema.ui.analyse.HeatMapLayout.BAND;
import static org.tema.ui.analyse.HeatMapLayout.CELL;
import static org.tema.ui.analyse.HeatMapLayout.LEFT;
import static org.tema.ui.analyse.HeatMapLayout.TOP;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.tema.analysis.CategoryOrder;
import org.tema.analysis.CodeMatrix;

/**
 * A code × code matrix drawn as a heat map: row labels on the left, column labels slanted on top,
 * each cell coloured by its count against the largest cell, with the count written in it. When the
 * codes come in blocks by category, each block of rows gets a band with the category's name, the
 * blocks are set apart by thin lines and each category's own square on the diagonal is outlined.
 * A click on a cell hands its row and column to {@code onCell}.
 */
final class HeatMap {
    private static final Color HOT = Color.web("#b4235a");
    private static final Color COLD = Color.web("#f7f2f4");
    private final Canvas canvas = new Canvas();
    /**
     * Never shown: the theme's stylesheet gives it the text colour (class {@code heat-map-ink}), which
     * the labels, bands and outlines are drawn in, so they stay readable in the light and the dark theme.
     */
    private final Label ink = new Label();
    private final Pane node = new Pane(ink, canvas);
    private final String uncategorised;
    private CodeMatrix matrix;
    private List<CategoryOrder.Block> blocks = List.of();
    private HeatMapLayout layout = new HeatMapLayout(0, List.of());
    /** The chosen cell by its codes, so that it stays chosen when the order changes. */
    private long[] chosen;

    /** @param uncategorised the name of the block of codes in no category */
    HeatMap(BiConsumer<Integer, Integer> onCell, String uncategorised) {
        this.uncategorised = uncategorised;
        canvas.getStyleClass().add("heat-map");
        ink.getStyleClass().add("heat-map-ink");
        ink.setManaged(false);
        ink.setVisible(false);
        ink.textFillProperty().addListener((o, a, b) -> draw());
        canvas.setOnMouseClicked(e -> {
            int[] cell = layout.cellAt(e.getX(), e.getY());
            if (matrix != null && cell != null && cell[0] != cell[1]) {
                chosen = new long[] {codeId(cell[0]), codeId(cell[1])};
                draw();
                onCell.accept(cell[0], cell[1]);
            }
        });
    }

    /** The heat map as it goes into the layout. */
    Node node() {
        return node;
    }

    /** The colour the labels are drawn in: the theme's text colour once styled. */
    Color ink() {
        return ink.getTextFill() instanceof Color c ? c : Color.web("#333333");
    }

    HeatMapLayout layout() {
        return layout;
    }

    /** Shows a matrix, in blocks when {@code codeBlocks} hold its codes (else, as while the two are loaded one by one, without). */
    void show(CodeMatrix m, List<CategoryOrder.Block> codeBlocks) {
        int n = m == null ? 0 : m.rows().size();
        matrix = m;
        blocks = codeBlocks.stream().mapToInt(b -> b.codes().size()).sum() == n ? codeBlocks : List.of();
        layout = new HeatMapLayout(n, blocks.stream().map(b -> b.codes().size()).toList());
        draw();
    }

    private long codeId(int index) {
        return matrix.rows().get(index).code().id();
    }

    private void draw() {
        int n = layout.size();
        Color inkColour = ink();
        canvas.setWidth(layout.width());
        canvas.setHeight(layout.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (n == 0) {
            return;
        }
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.CENTER);
        long max = matrix.maxCell();
        for (int r = 0; r < n; r++) {
            double y = layout.rowTop(r);
            g.setFill(inkColour);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(fit(matrix.rows().get(r).code().label(), 34), LEFT - 8, y + CELL / 2, LEFT - 12);
            for (int c = 0; c < n; c++) {
                cell(g, matrix.rows().get(r).cell(c), max, r == c, layout.columnLeft(c), y);
            }
        }
        for (int c = 0; c < n; c++) {
            g.save();
            g.translate(layout.columnLeft(c) + CELL / 2 + 4, TOP - 6);
            g.rotate(-55);
            g.setFill(inkColour);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(fit(matrix.columns().get(c).label(), 24), 0, 0);
            g.restore();
        }
        bands(g, inkColour);
        highlightChosen(g);
    }

    private static void cell(GraphicsContext g, long count, long max, boolean diagonal, double x, double y) {
        double heat = CooccurrenceViewModel.intensity(count, max);
        g.setFill(diagonal ? Color.web("#e4e4e4") : COLD.interpolate(HOT, heat));
        g.fillRect(x, y, CELL - 1, CELL - 1);
        if (count > 0) {
            g.setFill(heat > 0.55 ? Color.WHITE : Color.web("#222222"));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Long.toString(count), x + CELL / 2, y + CELL / 2);
        }
    }

    /** Each block's name in a band above its rows, a rule between blocks, and its square on the diagonal outlined. */
    private void bands(GraphicsContext g, Color inkColour) {
        double right = layout.columnLeft(layout.size() - 1) + CELL;
        for (int b = 0; b < blocks.size(); b++) {
            CategoryOrder.Block block = blocks.get(b);
            double top = layout.bandTop(b);
            g.setFill(inkColour);
            g.setFont(Font.font(null, FontWeight.BOLD, 12));
            g.setTextAlign(TextAlignment.LEFT);
            String name = block.categorised() ? block.category().name() : uncategorised;
            g.fillText(fit(name, 60), 8, top + BAND / 2 + 1, right - 16);
            g.setStroke(inkColour.deriveColor(0, 1, 1, 0.45));
            g.setLineWidth(1);
            g.strokeLine(8, top + 2.5, right, top + 2.5);
            int first = layout.first(b);
            int last = layout.end(b) - 1;
            double x = layout.columnLeft(first);
            if (first > 0) {
                columnRule(g, x - HeatMapLayout.GAP / 2 - 0.5);
            }
            g.setStroke(inkColour);
            g.setLineWidth(1.5);
            g.strokeRect(x - 1, layout.rowTop(first) - 1, layout.columnLeft(last) + CELL - x + 1, layout.rowTop(last) + CELL
                    - layout.rowTop(first) + 1);
        }
        g.setFont(Font.font(12));
    }

    /** A vertical rule between two blocks of columns, through every block of rows but not through the bands. */
    private void columnRule(GraphicsContext g, double x) {
        for (int b = 0; b < blocks.size(); b++) {
            g.strokeLine(x, layout.rowTop(layout.first(b)), x, layout.rowTop(layout.end(b) - 1) + CELL - 1);
        }
    }

    private void highlightChosen(GraphicsContext g) {
        if (chosen == null) {
            return;
        }
        int row = indexOf(chosen[0]);
        int column = indexOf(chosen[1]);
        if (row >= 0 && column >= 0) {
            g.setStroke(Color.web("#1a1a1a"));
            g.setLineWidth(2);
            g.strokeRect(layout.columnLeft(column), layout.rowTop(row), CELL - 1, CELL - 1);
        }
    }

    private int indexOf(long codeId) {
        for (int i = 0; i < matrix.rows().size(); i++) {
            if (codeId(i) == codeId) {
                return i;
            }
        }
        return -1;
    }

    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
