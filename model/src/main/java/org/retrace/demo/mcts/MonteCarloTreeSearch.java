package org.retrace.demo.mcts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * Monte Carlo tree search (UCT) choosing X's first move in tic-tac-toe or Connect Four. Each
 * iteration is four steps, each recorded: selection walks down by the UCT score, expansion adds one untried move,
 * the rollout plays at random to the end, and backpropagation updates visits and values on the
 * way back to the root. A node's value is the mean result for the player who made its move (win 1,
 * draw 0.5, loss 0); its state is the board, row by row (9 characters, or 42 for Connect Four's
 * 6 rows of 7), and its {@code square} attribute where its piece went.
 */
public final class MonteCarloTreeSearch implements Demo {
    private static final double EXPLORATION = Math.sqrt(2);

    private static final Description DESCRIPTION = new Description("mcts",
            "Monte Carlo tree search on tic-tac-toe or Connect Four",
            "Selection by UCT, expansion, a random rollout and backpropagation, iteration after iteration, "
                    + "with visits and values updated live.",
            "number of iterations", 1, 5_000, new DemoSettings(60, 1, 20_000, ""), List.of("tictactoe", "connect4"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        String variant = check(settings);
        BoardGame game = "connect4".equals(variant) ? new ConnectFour() : new TicTacToe();
        DemoRecorder recorder = new DemoRecorder(this, settings, variant, "MCTS on " + game.name() + ", "
                + settings.size() + " iterations", "mcts", Map.of("game", game.name(), "exploration", EXPLORATION));
        new Search(recorder, game, new Random(settings.seed())).run(settings.size());
        return recorder.build();
    }

    private static final class Search {
        private final DemoRecorder recorder;
        private final BoardGame game;
        private final Random random;
        private final List<String> boards = new ArrayList<>();
        private final List<List<Integer>> children = new ArrayList<>();
        private final List<List<Integer>> untried = new ArrayList<>();
        private final List<Integer> visits = new ArrayList<>();
        private final List<Double> wins = new ArrayList<>();
        /** By node: the move that made it and the square its piece took; -1 for the root. */
        private final List<Integer> moves = new ArrayList<>();
        private final List<Integer> squares = new ArrayList<>();

        Search(DemoRecorder recorder, BoardGame game, Random random) {
            this.recorder = recorder;
            this.game = game;
            this.random = random;
        }

        void run(int iterations) {
            int root = add(-1, game.start(), -1, -1, "The empty board, X to move: which first move is best?");
            recorder.visit(root, "Each iteration starts at the root.");
            int done = 0;
            for (int iteration = 1; iteration <= iterations; iteration++) {
                if (recorder.full()) {
                    break;
                }
                iterate(root, iteration);
                done = iteration;
            }
            int best = -1;
            for (int child : children.get(root)) {
                if (best < 0 || visits.get(child) > visits.get(best)) {
                    best = child;
                }
            }
            recorder.note(-1, done < iterations ? "The node limit is reached after " + done + " iterations." : "After "
                    + done + " iterations MCTS plays its most visited move: " + moveName(best) + " ("
                    + visits.get(best) + " visits, value " + format(value(best)) + ").");
        }

        private void iterate(int root, int iteration) {
            int node = root;
            while (untried.get(node).isEmpty() && !children.get(node).isEmpty()) {
                int parent = node;
                node = bestByUct(parent);
                recorder.visit(node, "Iteration " + iteration + ", selection: " + moveName(node)
                        + " has the highest UCT score among " + children.get(parent).size() + " moves, "
                        + format(uct(parent, node)) + ".");
            }
            if (!untried.get(node).isEmpty()) {
                if (children.get(node).isEmpty()) {
                    recorder.status(node, NodeStatus.EXPANDED, "Iteration " + iteration + ", expansion: "
                            + moveName(node) + " gets its first child.");
                }
                List<Integer> moves = untried.get(node);
                int move = moves.remove(random.nextInt(moves.size()));
                String before = boards.get(node);
                int child = add(node, game.play(before, move), move, game.square(before, move), "Iteration "
                        + iteration + ", expansion: add " + game.toMove(before) + " on " + game.moveName(move)
                        + ", a move not tried from here before.");
                recorder.visit(child, "Go to the new node, " + moveName(child) + ".");
                node = child;
            }
            char result = rollout(boards.get(node));
            recorder.note(node, "Iteration " + iteration + ", rollout: " + (game.result(boards.get(node)) != '.'
                    ? "the game is already over here: " : "random moves from here to the end: ") + outcome(result) + ".");
            backpropagate(node, root, result, iteration);
        }

        private void backpropagate(int from, int root, char result, int iteration) {
            int node = from;
            while (true) {
                visits.set(node, visits.get(node) + 1);
                recorder.metric(node, "visits", visits.get(node), "Iteration " + iteration
                        + ", backpropagation: " + moveName(node) + " has now been visited " + visits.get(node)
                        + (visits.get(node) == 1 ? " time." : " times."));
                if (node != root) {
                    char mover = boards.get(node).charAt(squareOf(node));
                    wins.set(node, wins.get(node) + (result == 'D' ? 0.5 : result == mover ? 1 : 0));
                    recorder.metric(node, "value", value(node), "For " + mover + ", who played " + moveName(node)
                            + ", this rollout scores " + (result == 'D' ? "0.5" : result == mover ? "1" : "0")
                            + ": the mean becomes " + format(value(node)) + ".");
                    int parent = recorder.parent(node);
                    recorder.backtrack(parent, "Carry the result up to " + (parent == root ? "the root"
                            : moveName(parent)) + ".");
                    node = parent;
                } else {
                    return;
                }
            }
        }

        private int add(int parent, String board, int move, int square, String narration) {
            int node = recorder.node(parent, parent < 0 ? "position" : "move", parent < 0 ? "start"
                    : game.toMove(boards.get(parent)) + " " + game.moveName(move), board, narration);
            boards.add(board);
            children.add(new ArrayList<>());
            untried.add(game.moves(board));
            visits.add(0);
            wins.add(0.0);
            moves.add(move);
            squares.add(square);
            recorder.initialMetric(node, "visits", 0);
            if (parent >= 0) {
                children.get(parent).add(node);
                recorder.attribute(node, "square", square);
                char result = game.result(board);
                if (result == 'X' || result == 'O') {
                    recorder.solution(node, result + " completes a line: the game ends here.");
                } else if (result == 'D') {
                    recorder.status(node, NodeStatus.SKIPPED, "The board is full with no line: a draw.");
                }
            }
            return node;
        }

        private char rollout(String board) {
            String play = board;
            while (game.result(play) == '.') {
                List<Integer> legal = game.moves(play);
                play = game.play(play, legal.get(random.nextInt(legal.size())));
            }
            return game.result(play);
        }

        private int bestByUct(int parent) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int child : children.get(parent)) {
                double score = uct(parent, child);
                if (score > bestScore) {
                    bestScore = score;
                    best = child;
                }
            }
            return best;
        }

        private double uct(int parent, int child) {
            return value(child) + EXPLORATION * Math.sqrt(Math.log(visits.get(parent)) / visits.get(child));
        }

        private double value(int node) {
            return visits.get(node) == 0 ? 0 : wins.get(node) / visits.get(node);
        }

        private int squareOf(int node) {
            return squares.get(node);
        }

        private String moveName(int node) {
            return recorder.parent(node) < 0 ? "the root" : boards.get(node).charAt(squareOf(node)) + " on "
                    + game.moveName(moves.get(node));
        }

        private static String outcome(char result) {
            return result == 'D' ? "a draw" : result + " wins";
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
