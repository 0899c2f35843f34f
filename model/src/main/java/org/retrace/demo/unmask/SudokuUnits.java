package org.retrace.demo.unmask;

/**
 * The rows, columns and boxes of a Sudoku grid of 81 cells, and each cell's 20 peers: what the
 * sampler's beliefs are computed from. {@code sudoku.Grid} keeps its own lists private to its
 * package; opening them up for one caller was not worth it.
 */
final class SudokuUnits {
    static final int CELLS = 81;
    /** The 27 units: rows 0-8, columns 9-17, boxes 18-26, each its 9 cells. */
    static final int[][] UNITS = units();
    static final int[][] PEERS = peers();
    /** Each cell's three units: its row, its column and its box. */
    static final int[][] UNITS_OF = unitsOf();

    private SudokuUnits() {
    }

    private static int[][] units() {
        int[][] units = new int[27][9];
        for (int cell = 0; cell < CELLS; cell++) {
            int row = cell / 9;
            int column = cell % 9;
            int box = row / 3 * 3 + column / 3;
            units[row][column] = cell;
            units[9 + column][row] = cell;
            units[18 + box][row % 3 * 3 + column % 3] = cell;
        }
        return units;
    }

    private static int[][] unitsOf() {
        int[][] unitsOf = new int[CELLS][];
        for (int cell = 0; cell < CELLS; cell++) {
            int row = cell / 9;
            int column = cell % 9;
            unitsOf[cell] = new int[] {row, 9 + column, 18 + row / 3 * 3 + column / 3};
        }
        return unitsOf;
    }

    private static int[][] peers() {
        int[][] peers = new int[CELLS][20];
        for (int cell = 0; cell < CELLS; cell++) {
            int count = 0;
            for (int other = 0; other < CELLS; other++) {
                boolean sameRow = other / 9 == cell / 9;
                boolean sameColumn = other % 9 == cell % 9;
                boolean sameBox = other / 27 == cell / 27 && other % 9 / 3 == cell % 9 / 3;
                if (other != cell && (sameRow || sameColumn || sameBox)) {
                    peers[cell][count++] = other;
                }
            }
        }
        return peers;
    }

    /** A cell's name, row and column from 1: r3c7. */
    static String cellName(int cell) {
        return "r" + (cell / 9 + 1) + "c" + (cell % 9 + 1);
    }

    /** A unit's name: row 3, column 7, box 5. */
    static String unitName(int unit) {
        return (unit < 9 ? "row " : unit < 18 ? "column " : "box ") + (unit % 9 + 1);
    }
}
