package org.retrace.demo.mcts;

import java.util.List;

/**
 * A two-player game on a board written as a string, X moving first: what MCTS needs to know of
 * it. {@code result} is 'X' or 'O' for a win, 'D' for a draw and '.' while the game goes on.
 */
interface BoardGame {
    /** The name the trace gives the game, e.g. {@code tic-tac-toe}. */
    String name();

    String start();

    List<Integer> moves(String board);

    String play(String board, int move);

    /** The square, an index into the board, where {@code move} puts its piece on {@code board}. */
    int square(String board, int move);

    char result(String board);

    /** How the narration names a move: "r2c2", "column 4". */
    String moveName(int move);

    default char toMove(String board) {
        int filled = 0;
        for (int i = 0; i < board.length(); i++) {
            if (board.charAt(i) != '.') {
                filled++;
            }
        }
        return filled % 2 == 0 ? 'X' : 'O';
    }
}
