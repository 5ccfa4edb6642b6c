package org.tema.ui.analyse;

import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.tema.analysis.CodeMatrix;

/**
 * A code × code matrix drawn as a heat map: row labels on the left, column labels slanted on top,
 * each cell coloured by its count against the largest cell, with the count written in it. A click on
 * a cell hands its row and column to {@code onCell}.
 */
final class HeatMap {
    static final double CELL = 30;
    static final double LABEL_WIDTH = 220;
    static final double HEADER_HEIGHT = 150;
    private static final Color HOT = Color.web("#b4235a");
    private static final Color COLD = Color.web("#f7f2f4");
    private final Canvas canvas = new Canvas();
    private CodeMatrix matrix;
    private int chosenRow = -1;
    private int chosenColumn = -1;

    HeatMap(BiConsumer<Integer, Integer> onCell) {
        canvas.getStyleClass().add("heat-map");
        canvas.setOnMouseClicked(e -> {
            int row = (int) Math.floor((e.getY() - HEADER_HEIGHT) / CELL);
            int column = (int) Math.floor((e.getX() - LABEL_WIDTH) / CELL);
            if (matrix != null && e.getY() >= HEADER_HEIGHT && e.getX() >= LABEL_WIDTH && row < matrix.rows().size()
                    && column < matrix.columns().size() && row != column) {
                chosenRow = row;
                chosenColumn = column;
                draw();
                onCell.accept(row, column);
            }
        });
    }

    Canvas canvas() {
        return canvas;
    }

    void show(CodeMatrix m) {
        matrix = m;
        draw();
    }

    /** The centre of a cell in the canvas (for robots in tests). */
    static double[] cellCentre(int row, int column) {
        return new double[] {LABEL_WIDTH + column * CELL + CELL / 2, HEADER_HEIGHT + row * CELL + CELL / 2};
    }

    private void draw() {
        int n = matrix == null ? 0 : matrix.rows().size();
        canvas.setWidth(LABEL_WIDTH + n * CELL + 40);
        canvas.setHeight(HEADER_HEIGHT + n * CELL + 10);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (n == 0) {
            return;
        }
        Font font = Font.font(12);
        g.setFont(font);
        long max = matrix.maxCell();
        for (int r = 0; r < n; r++) {
            double y = HEADER_HEIGHT + r * CELL;
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(fit(matrix.rows().get(r).code().label(), 34), LABEL_WIDTH - 8, y + CELL / 2, LABEL_WIDTH - 12);
            for (int c = 0; c < n; c++) {
                double x = LABEL_WIDTH + c * CELL;
                long count = matrix.rows().get(r).cell(c);
                double heat = CooccurrenceViewModel.intensity(count, max);
                g.setFill(r == c ? Color.web("#e4e4e4") : COLD.interpolate(HOT, heat));
                g.fillRect(x, y, CELL - 1, CELL - 1);
                if (count > 0) {
                    g.setFill(heat > 0.55 ? Color.WHITE : Color.web("#222222"));
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(Long.toString(count), x + CELL / 2, y + CELL / 2);
                }
            }
        }
        for (int c = 0; c < n; c++) {
            g.save();
            g.translate(LABEL_WIDTH + c * CELL + CELL / 2 + 4, HEADER_HEIGHT - 6);
            g.rotate(-55);
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(fit(matrix.columns().get(c).label(), 24), 0, 0);
            g.restore();
        }
        if (chosenRow >= 0 && chosenRow < n && chosenColumn < n) {
            g.setStroke(Color.web("#1a1a1a"));
            g.setLineWidth(2);
            g.strokeRect(LABEL_WIDTH + chosenColumn * CELL, HEADER_HEIGHT + chosenRow * CELL, CELL - 1, CELL - 1);
        }
    }

    private static String fit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
