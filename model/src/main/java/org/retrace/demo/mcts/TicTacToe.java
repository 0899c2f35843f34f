package org.retrace.demo.mcts;

import java.util.ArrayList;
import java.util.List;

/** Tic-tac-toe: 9 characters row by row, 'X', 'O' or '.'; a move is the square it takes. */
final class TicTacToe implements BoardGame {
    private static final int[][] LINES = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8},
        {0, 4, 8}, {2, 4, 6}};

    @Override
    public String name() {
        return "tic-tac-toe";
    }

    @Override
    public String start() {
        return ".........";
    }

    @Override
    public List<Integer> moves(String board) {
        List<Integer> moves = new ArrayList<>();
        if (result(board) == '.') {
            for (int square = 0; square < 9; square++) {
                if (board.charAt(square) == '.') {
                    moves.add(square);
                }
            }
        }
        return moves;
    }

    @Override
    public String play(String board, int move) {
        if (board.charAt(move) != '.') {
            throw new IllegalArgumentException("square " + move + " of " + board + " is taken");
        }
        char[] next = board.toCharArray();
        next[move] = toMove(board);
        return new String(next);
    }

    @Override
    public int square(String board, int move) {
        return move;
    }

    @Override
    public char result(String board) {
        for (int[] line : LINES) {
            char first = board.charAt(line[0]);
            if (first != '.' && first == board.charAt(line[1]) && first == board.charAt(line[2])) {
                return first;
            }
        }
        return board.indexOf('.') < 0 ? 'D' : '.';
    }

    @Override
    public String moveName(int move) {
        return "r" + (move / 3 + 1) + "c" + (move % 3 + 1);
    }
}
