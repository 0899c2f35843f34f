package org.retrace.demo.nqueens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * N-Queens by depth-first backtracking, row by row: a node is a board with a queen on each of the
 * first rows, its children the safe squares of the next row, left to right. A board whose next row
 * has no safe square fails; the search finds every solution within the node limit. A node's state
 * is the list of its queens' columns, row by row (0-based).
 */
public final class NQueens implements Demo {
    private static final Description DESCRIPTION = new Description("nqueens", "N-Queens by backtracking",
            "Places a queen row by row on the first safe square, and backs up a row when a row has none.",
            "board size", 4, 12, new DemoSettings(6, 1, 20_000, ""), List.of("dfs"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        String variant = check(settings);
        int n = settings.size();
        DemoRecorder recorder = new DemoRecorder(this, settings, variant, n + "-Queens by backtracking",
                "backtracking", Map.of("board", n));
        new Search(recorder, n).run();
        return recorder.build();
    }

    /** One run; columns[r] is the queen's column in row r for the rows placed. */
    private static final class Search {
        private final DemoRecorder recorder;
        private final int n;
        private final int[] columns;
        private int solutions;
        private boolean stopped;

        Search(DemoRecorder recorder, int n) {
            this.recorder = recorder;
            this.n = n;
            this.columns = new int[n];
        }

        void run() {
            int root = recorder.node(-1, "board", "empty board", List.of(),
                    "An empty " + n + "x" + n + " board: place one queen in each row, none attacking another.");
            recorder.visit(root, "Start at the empty board, with row 1.");
            place(root, 0);
            if (stopped) {
                recorder.note(-1, "The node limit is reached: the search stops with " + solutions + " solutions found.");
            } else {
                recorder.note(-1, "Every square has been tried: " + n + "-Queens has " + solutions + " solutions.");
            }
        }

        /** Tries every safe square of row {@code row} under {@code node}, whose first rows are placed. */
        private void place(int node, int row) {
            if (row == n) {
                solutions++;
                recorder.solution(node, "All " + n + " queens are placed and none attacks another: solution "
                        + solutions + ".");
                return;
            }
            List<Integer> safe = safeColumns(row);
            if (safe.isEmpty()) {
                recorder.status(node, NodeStatus.FAILED, "Row " + (row + 1) + " has no safe square: "
                        + (row == 0 ? "the board has no solution." : "back to row " + row + ", try the next column."));
                return;
            }
            recorder.status(node, NodeStatus.EXPANDED, "Row " + (row + 1) + " has " + safe.size() + " safe "
                    + (safe.size() == 1 ? "square" : "squares") + ": column" + (safe.size() == 1 ? " " : "s ")
                    + columnList(safe) + ".");
            for (int column : safe) {
                if (recorder.full()) {
                    stopped = true;
                    return;
                }
                columns[row] = column;
                int child = recorder.node(node, "queen", "r" + (row + 1) + " c" + (column + 1), board(row + 1),
                        "Put a queen on row " + (row + 1) + ", column " + (column + 1) + ".");
                recorder.visit(child, "Go to the board with a queen on row " + (row + 1) + ", column " + (column + 1)
                        + (row + 1 < n ? "; next, row " + (row + 2) + "." : "."));
                place(child, row + 1);
                if (stopped) {
                    return;
                }
                recorder.backtrack(node, backtrackReason(row, column, safe));
            }
        }

        private String backtrackReason(int row, int column, List<Integer> safe) {
            boolean last = column == safe.get(safe.size() - 1);
            String lift = "Lift the queen from row " + (row + 1) + ", column " + (column + 1);
            if (!last) {
                return lift + ": try the next safe column of row " + (row + 1) + ".";
            }
            return lift + ": row " + (row + 1) + " has no more safe columns, "
                    + (row == 0 ? "so the search is over." : "back to row " + row + ".");
        }

        private List<Integer> safeColumns(int row) {
            List<Integer> safe = new ArrayList<>();
            for (int column = 0; column < n; column++) {
                if (isSafe(row, column)) {
                    safe.add(column);
                }
            }
            return safe;
        }

        private boolean isSafe(int row, int column) {
            for (int earlier = 0; earlier < row; earlier++) {
                int other = columns[earlier];
                if (other == column || Math.abs(other - column) == row - earlier) {
                    return false;
                }
            }
            return true;
        }

        private List<Integer> board(int rows) {
            List<Integer> board = new ArrayList<>(rows);
            for (int row = 0; row < rows; row++) {
                board.add(columns[row]);
            }
            return List.copyOf(board);
        }

        private static String columnList(List<Integer> safe) {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < safe.size(); i++) {
                list.append(i == 0 ? "" : i == safe.size() - 1 ? " and " : ", ").append(safe.get(i) + 1);
            }
            return list.toString();
        }
    }
}
