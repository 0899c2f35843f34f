package org.retrace.demo.sudoku;

import java.util.Arrays;

/**
 * A 9x9 Sudoku grid with each empty cell's candidates as a bit set (bit d for digit d), kept up to
 * date as digits are placed, so that a placement costs O(20) and a candidate query O(1).
 */
final class Grid {
    static final int CELLS = 81;
    private static final int ALL = 0b11_1111_1110;
    /** The 20 cells that share a row, column or box with each cell. */
    private static final int[][] PEERS = peers();
    /** The 27 units (rows, columns, boxes), 9 cells each. */
    static final int[][] UNITS = units();

    private final int[] digits = new int[CELLS];
    private final int[] candidates = new int[CELLS];

    Grid() {
        Arrays.fill(candidates, ALL);
    }

    Grid(Grid other) {
        System.arraycopy(other.digits, 0, digits, 0, CELLS);
        System.arraycopy(other.candidates, 0, candidates, 0, CELLS);
    }

    int digit(int cell) {
        return digits[cell];
    }

    /** The candidates of an empty cell as a bit set; 0 for a filled cell. */
    int candidates(int cell) {
        return digits[cell] != 0 ? 0 : candidates[cell];
    }

    boolean isCandidate(int cell, int digit) {
        return digits[cell] == 0 && (candidates[cell] & (1 << digit)) != 0;
    }

    /** Places {@code digit} and removes it from its peers' candidates; costs O(20). */
    void place(int cell, int digit) {
        digits[cell] = digit;
        for (int peer : PEERS[cell]) {
            candidates[peer] &= ~(1 << digit);
        }
    }

    boolean isFull() {
        for (int digit : digits) {
            if (digit == 0) {
                return false;
            }
        }
        return true;
    }

    /** The grid as 81 characters, row by row, '.' for an empty cell. */
    String text() {
        StringBuilder text = new StringBuilder(CELLS);
        for (int digit : digits) {
            text.append(digit == 0 ? '.' : (char) ('0' + digit));
        }
        return text.toString();
    }

    static String cellName(int cell) {
        return "r" + (cell / 9 + 1) + "c" + (cell % 9 + 1);
    }

    static int[] digitsOf(int bits) {
        int[] digits = new int[Integer.bitCount(bits)];
        int i = 0;
        for (int digit = 1; digit <= 9; digit++) {
            if ((bits & (1 << digit)) != 0) {
                digits[i++] = digit;
            }
        }
        return digits;
    }

    private static int[][] units() {
        int[][] units = new int[27][9];
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 9; j++) {
                units[i][j] = i * 9 + j;
                units[9 + i][j] = j * 9 + i;
                units[18 + i][j] = (i / 3 * 3 + j / 3) * 9 + i % 3 * 3 + j % 3;
            }
        }
        return units;
    }

    private static int[][] peers() {
        int[][] peers = new int[CELLS][];
        for (int cell = 0; cell < CELLS; cell++) {
            int[] list = new int[20];
            int count = 0;
            for (int other = 0; other < CELLS; other++) {
                boolean sameRow = other / 9 == cell / 9;
                boolean sameColumn = other % 9 == cell % 9;
                boolean sameBox = other / 27 == cell / 27 && other % 9 / 3 == cell % 9 / 3;
                if (other != cell && (sameRow || sameColumn || sameBox)) {
                    list[count++] = other;
                }
            }
            peers[cell] = list;
        }
        return peers;
    }
}
