package org.retrace.demo.mcts;

/** Tic-tac-toe positions as 9 characters, row by row: 'X', 'O' or '.'; X moves first. */
final class TicTacToe {
    private static final int[][] LINES = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8},
        {0, 4, 8}, {2, 4, 6}};

    private TicTacToe() {
    }

    static char toMove(String board) {
        int filled = 0;
        for (int i = 0; i < 9; i++) {
            if (board.charAt(i) != '.') {
                filled++;
            }
        }
        return filled % 2 == 0 ? 'X' : 'O';
    }

    /** 'X' or 'O' when that player has three in a row, 'D' for a full board with none, '.' while the game goes on. */
    static char result(String board) {
        for (int[] line : LINES) {
            char first = board.charAt(line[0]);
            if (first != '.' && first == board.charAt(line[1]) && first == board.charAt(line[2])) {
                return first;
            }
        }
        return board.indexOf('.') < 0 ? 'D' : '.';
    }

    static String play(String board, int square) {
        if (board.charAt(square) != '.') {
            throw new IllegalArgumentException("square " + square + " of " + board + " is taken");
        }
        char[] next = board.toCharArray();
        next[square] = toMove(board);
        return new String(next);
    }

    static String squareName(int square) {
        return "r" + (square / 3 + 1) + "c" + (square % 3 + 1);
    }
}
