package org.tema.ui.analyse;

import java.util.List;

/**
 * Where the cells of a heat map lie when its codes come in blocks (by category): a band row with the
 * block's name above each block of rows, and a small gap between blocks of columns. Without blocks
 * the cells form one even grid. Coordinates are those of the canvas; the matrix starts at
 * ({@link #LEFT}, {@link #TOP}).
 */
final class HeatMapLayout {
    static final double CELL = 30;
    /** Room for the row labels, left of the cells. */
    static final double LEFT = 220;
    /** Room for the slanted column labels, above the cells. */
    static final double TOP = 150;
    /** The height of the band row that names a block. */
    static final double BAND = 22;
    /** The gap between two blocks of columns. */
    static final double GAP = 4;
    private final int[] blockOf;
    private final int[] firsts;

    /** @param blockSizes the number of codes in each block, in order; empty for no blocks */
    HeatMapLayout(int size, List<Integer> blockSizes) {
        blockOf = new int[size];
        firsts = new int[blockSizes.size()];
        int i = 0;
        for (int b = 0; b < blockSizes.size(); b++) {
            firsts[b] = i;
            for (int k = 0; k < blockSizes.get(b) && i < size; k++) {
                blockOf[i++] = b;
            }
        }
    }

    int size() {
        return blockOf.length;
    }

    boolean blocked() {
        return firsts.length > 0;
    }

    double rowTop(int row) {
        return TOP + row * CELL + (blocked() ? (blockOf[row] + 1) * BAND : 0);
    }

    double columnLeft(int column) {
        return LEFT + column * CELL + (blocked() ? blockOf[column] * GAP : 0);
    }

    /** The top of the band row that names block {@code b}. */
    double bandTop(int b) {
        return rowTop(firsts[b]) - BAND;
    }

    /** The first row (and column) of block {@code b}, and the one after its last. */
    int first(int b) {
        return firsts[b];
    }

    int end(int b) {
        return b + 1 < firsts.length ? firsts[b + 1] : size();
    }

    double width() {
        return size() == 0 ? LEFT : columnLeft(size() - 1) + CELL + 40;
    }

    double height() {
        return size() == 0 ? TOP : rowTop(size() - 1) + CELL + 10;
    }

    /** The row and column of the cell at a point, or null outside every cell (bands and gaps included). */
    int[] cellAt(double x, double y) {
        int row = find(y, true);
        int column = find(x, false);
        return row < 0 || column < 0 ? null : new int[] {row, column};
    }

    /** The centre of a cell in the canvas (for robots in tests). */
    double[] centre(int row, int column) {
        return new double[] {columnLeft(column) + CELL / 2, rowTop(row) + CELL / 2};
    }

    private int find(double at, boolean row) {
        for (int i = 0; i < size(); i++) {
            double start = row ? rowTop(i) : columnLeft(i);
            if (at >= start && at < start + CELL) {
                return i;
            }
        }
        return -1;
    }
}
