package org.retrace.demo.sudoku;

/**
 * The rows, columns and boxes of a Sudoku grid of 81 cells, and each cell's 20 peers (the cells
 * that share a unit with it), with the names the narrations give them. Shared by the Sudoku
 * search and the unmasking sampler, which reads a grid as a sequence.
 */
public final class SudokuUnits {
    public static final int CELLS = 81;
    public static final int UNIT_COUNT = 27;
    /** The 27 units: rows 0-8, columns 9-17, boxes 18-26, 9 cells each. */
    static final int[][] UNITS = units();
    /** The 20 cells that share a row, column or box with each cell. */
    static final int[][] PEERS = peers();

    private SudokuUnits() {
    }

    /** The 9 cells of {@code unit}: a row (0-8), a column (9-17) or a box (18-26); a copy. */
    public static int[] unit(int unit) {
        return UNITS[unit].clone();
    }

    /** The 20 peers of {@code cell}; a copy. */
    public static int[] peers(int cell) {
        return PEERS[cell].clone();
    }

    /** A cell's name, row and column from 1: r3c7. */
    public static String cellName(int cell) {
        return "r" + (cell / 9 + 1) + "c" + (cell % 9 + 1);
    }

    /** A unit's name: row 3, column 7, box 5. */
    public static String unitName(int unit) {
        return (unit < 9 ? "row " : unit < 18 ? "column " : "box ") + (unit % 9 + 1);
    }

    private static int[][] units() {
        int[][] units = new int[UNIT_COUNT][9];
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
}
