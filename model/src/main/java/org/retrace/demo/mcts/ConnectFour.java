package org.retrace.demo.mcts;

import java.util.ArrayList;
import java.util.List;

/**
 * Connect Four: 6 rows of 7 columns, 42 characters from the top row down, 'X', 'O' or '.'; a move
 * is a column, and its piece falls to the lowest empty square. Four in a row in any direction win.
 */
final class ConnectFour implements BoardGame {
    static final int ROWS = 6;
    static final int COLUMNS = 7;
    private static final int[][] DIRECTIONS = {{0, 1}, {1, 0}, {1, 1}, {1, -1}};

    @Override
    public String name() {
        return "connect-four";
    }

    @Override
    public String start() {
        return ".".repeat(ROWS * COLUMNS);
    }

    @Override
    public List<Integer> moves(String board) {
        List<Integer> moves = new ArrayList<>();
        if (result(board) == '.') {
            for (int column = 0; column < COLUMNS; column++) {
                if (board.charAt(column) == '.') {
                    moves.add(column);
                }
            }
        }
        return moves;
    }

    @Override
    public String play(String board, int move) {
        char[] next = board.toCharArray();
        next[square(board, move)] = toMove(board);
        return new String(next);
    }

    @Override
    public int square(String board, int move) {
        for (int row = ROWS - 1; row >= 0; row--) {
            if (board.charAt(row * COLUMNS + move) == '.') {
                return row * COLUMNS + move;
            }
        }
        throw new IllegalArgumentException("column " + (move + 1) + " of " + board + " is full");
    }

    @Override
    public char result(String board) {
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                char piece = board.charAt(row * COLUMNS + column);
                if (piece != '.' && fourFrom(board, row, column, piece)) {
                    return piece;
                }
            }
        }
        return board.indexOf('.') < 0 ? 'D' : '.';
    }

    private static boolean fourFrom(String board, int row, int column, char piece) {
        for (int[] direction : DIRECTIONS) {
            int count = 1;
            while (count < 4) {
                int r = row + direction[0] * count;
                int c = column + direction[1] * count;
                if (r < 0 || r >= ROWS || c < 0 || c >= COLUMNS || board.charAt(r * COLUMNS + c) != piece) {
                    break;
                }
                count++;
            }
            if (count == 4) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String moveName(int move) {
        return "column " + (move + 1);
    }
}
