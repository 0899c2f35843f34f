package org.retrace.demo.sudoku;

import java.util.Arrays;

/**
 * A 9x9 Sudoku grid with each empty cell's candidates as a bit set (bit d for digit d), kept up to
 * date as digits are placed, so that a placement costs O(20) and a candidate query O(1).
 */
final class Grid {
    static final int CELLS = SudokuUnits.CELLS;
    private static final int ALL = 0b11_1111_1110;

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
        for (int peer : SudokuUnits.PEERS[cell]) {
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
}
