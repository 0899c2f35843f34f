package org.retrace.demo.countdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.demo.countdown.CountdownRules.Child;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * Countdown (reach the target by combining the numbers with + - * /) searched as Stream of Search
 * searches it: depth first, children in heuristic order and those scoring above the target
 * dropped, or breadth first with a beam. Besides the trace, the search writes the Stream of Search
 * text its generators would write, which the Stream of Search importer reads back. A node's state
 * is a map of the target, the numbers left and the operations so far.
 */
public final class Countdown implements Demo {
    /** The beam's width in the BFS variant, as in Stream of Search's example. */
    public static final int BEAM = 3;

    /** The trace and the Stream of Search text of one run. */
    public record Result(Trace trace, String streamOfSearch) {
    }

    /** A problem: the target and the numbers to reach it from. */
    public record Problem(int target, List<Integer> numbers) {
        /**
         * {@code count} numbers from 1 to 30 and a target from 10 to 100 that some way of combining
         * them reaches, drawn from the seed (as Stream of Search draws its problems).
         */
        public static Problem random(int count, long seed) {
            Random random = new Random(seed);
            while (true) {
                List<Integer> numbers = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    numbers.add(1 + random.nextInt(30));
                }
                List<Integer> left = new ArrayList<>(numbers);
                while (left.size() > 1) {
                    List<Child> children = CountdownRules.children(left, 1, Heuristic.SUM);
                    left = new ArrayList<>(children.get(random.nextInt(children.size())).numbers());
                }
                int target = left.get(0);
                if (target >= 10 && target <= 100) {
                    return new Problem(target, List.copyOf(numbers));
                }
            }
        }
    }

    private static final Description DESCRIPTION = new Description("countdown",
            "Countdown, as Stream of Search searches it",
            "Combines numbers with + - * / to reach a target: depth first with backtracking, or breadth first "
                    + "keeping a beam of the " + BEAM + " most promising states.",
            "count of numbers", 2, 5, new DemoSettings(4, 3, 20_000, ""), List.of("dfs", "bfs"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        return search(settings).trace();
    }

    /** Runs the search on a problem drawn from the settings' size and seed. */
    public Result search(DemoSettings settings) {
        check(settings);
        return search(settings, Problem.random(settings.size(), settings.seed()), Heuristic.SUM);
    }

    /** Runs the search on {@code problem} with {@code heuristic}; the size in the settings is not used. */
    public Result search(DemoSettings settings, Problem problem, Heuristic heuristic) {
        String variant = check(settings);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("target", problem.target());
        header.put("numbers", problem.numbers());
        header.put("heuristic", heuristic == Heuristic.SUM ? "sum_heuristic" : "mult_heuristic");
        boolean depthFirst = "dfs".equals(variant);
        DemoRecorder recorder = new DemoRecorder(this, settings, variant, "Countdown " + problem.target() + " from "
                + join(problem.numbers()) + (depthFirst ? ", depth first" : ", beam of " + BEAM),
                "stream-of-search countdown", header);
        StringBuilder text = new StringBuilder();
        if (depthFirst) {
            new DepthFirst(recorder, text, problem, heuristic, new Random(settings.seed())).run();
        } else {
            new Beam(recorder, text, problem, heuristic, new Random(settings.seed())).run();
        }
        return new Result(recorder.build(), text.toString());
    }

    static String join(List<Integer> numbers) {
        StringBuilder joined = new StringBuilder();
        for (int number : numbers) {
            joined.append(joined.length() == 0 ? "" : " ").append(number);
        }
        return joined.toString();
    }

    /** What both searches share: the problem, the lines and the nodes. */
    private abstract static class Search {
        final DemoRecorder recorder;
        final StringBuilder text;
        final int target;
        final List<Integer> numbers;
        final Heuristic heuristic;
        final Random random;

        Search(DemoRecorder recorder, StringBuilder text, Problem problem, Heuristic heuristic, Random random) {
            this.recorder = recorder;
            this.text = text;
            this.target = problem.target();
            this.numbers = problem.numbers();
            this.heuristic = heuristic;
            this.random = random;
        }

        void line(String line) {
            text.append(line).append('\n');
        }

        void stateLine(List<Integer> state, List<String> operations) {
            line("Current State: " + target + ":" + CountdownRules.python(state) + ", Operations: "
                    + CountdownRules.python(operations));
        }

        int root() {
            stateLine(numbers, List.of());
            int root = recorder.node(-1, "state", target + " from " + join(numbers), state(numbers, List.of()),
                    "Reach " + target + " from " + join(numbers) + ", combining two numbers at a time with + - * /.");
            recorder.visit(root, "Start with all the numbers: " + join(numbers) + ".");
            return root;
        }

        /** A trace node for a tried operation; true when it reached the target. */
        int child(int parent, Child child, List<String> operations) {
            line("Exploring Operation: " + child.operation() + ", Resulting Numbers: "
                    + CountdownRules.python(child.numbers()));
            int node = recorder.node(parent, "thought", child.operation(), state(child.numbers(), operations),
                    "Try " + child.operation() + ": the numbers become " + join(child.numbers()) + ".");
            recorder.attribute(node, "heuristic", child.heuristic());
            return node;
        }

        boolean isGoal(Child child) {
            return child.numbers().size() == 1 && child.numbers().get(0) == target;
        }

        void goal(int node, Child child) {
            line(child.numbers().get(0) + "," + target + " equal: Goal Reached");
            recorder.solution(node, child.numbers().get(0) + " is the target: goal reached with "
                    + child.operation() + ".");
        }

        void deadEnd(int node, Child child) {
            line(child.numbers().get(0) + "," + target + " unequal: No Solution");
            recorder.status(node, NodeStatus.FAILED, "Only " + child.numbers().get(0) + " is left, not "
                    + target + ": a dead end.");
        }

        Map<String, Object> state(List<Integer> numbers, List<String> operations) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("target", target);
            state.put("numbers", numbers);
            state.put("operations", operations);
            return state;
        }

        static List<String> plus(List<String> operations, String operation) {
            List<String> more = new ArrayList<>(operations);
            more.add(operation);
            return List.copyOf(more);
        }
    }

    /** Stream of Search's DFS: children sorted by heuristic, those above the target dropped. */
    private static final class DepthFirst extends Search {
        private boolean stopped;

        DepthFirst(DemoRecorder recorder, StringBuilder text, Problem problem, Heuristic heuristic, Random random) {
            super(recorder, text, problem, heuristic, random);
        }

        void run() {
            int root = root();
            Outcome outcome = expand(root, "0", numbers, List.of());
            if (stopped) {
                recorder.note(-1, "The node limit is reached: the search stops.");
            } else if (outcome != Outcome.GOAL) {
                recorder.note(-1, "Every kept operation has been tried: no way to reach " + target + " was found.");
            }
        }

        /**
         * Tries the kept children of a node whose state line is already written. The node fails
         * when it has children and all of them fail, as the Stream of Search importer decides it.
         */
        private Outcome expand(int node, String id, List<Integer> state, List<String> operations) {
            List<Child> children = new ArrayList<>(CountdownRules.children(state, target, heuristic));
            int generated = children.size();
            children.removeIf(child -> child.heuristic() > target);
            children.sort(Comparator.comparingDouble(Child::heuristic));
            recorder.status(node, NodeStatus.EXPANDED, generated + " operations are possible on " + join(state)
                    + "; " + children.size() + " look close enough to " + target + ", most promising first.");
            int index = 0;
            boolean allFailed = !children.isEmpty();
            for (int g = 0; g < children.size(); g++) {
                if (recorder.full()) {
                    stopped = true;
                    return Outcome.UNDECIDED;
                }
                Child child = children.get(g);
                List<String> childOperations = plus(operations, child.operation());
                int childNode = child(node, child, childOperations);
                recorder.visit(childNode, "Look at " + join(child.numbers()) + ".");
                if (isGoal(child)) {
                    goal(childNode, child);
                    return Outcome.GOAL;
                }
                if (child.numbers().size() == 1) {
                    deadEnd(childNode, child);
                } else {
                    String childId = id + "," + index;
                    line("Generated Node #" + childId + ": " + target + ":" + CountdownRules.python(child.numbers())
                            + " Operation: " + child.operation());
                    line("Moving to Node #" + childId);
                    stateLine(child.numbers(), childOperations);
                    Outcome below = expand(childNode, childId, child.numbers(), childOperations);
                    if (below == Outcome.GOAL || stopped) {
                        return below;
                    }
                    allFailed &= below == Outcome.FAILED;
                }
                index++;
                boolean last = g == children.size() - 1;
                if (!last) {
                    line("Moving to Node #" + id);
                    stateLine(state, operations);
                }
                recorder.backtrack(node, last ? "No operation on " + join(state) + " is left to try."
                        : "Back to " + join(state) + ": try the next operation.");
            }
            if (allFailed) {
                recorder.status(node, NodeStatus.FAILED, "Nothing tried from " + join(state) + " reaches " + target
                        + ": a dead end, back up.");
                return Outcome.FAILED;
            }
            return Outcome.UNDECIDED;
        }
    }

    /** How a subtree of the depth-first search ended. */
    private enum Outcome { GOAL, FAILED, UNDECIDED }

    /** Stream of Search's BFS: each round expands the beam's best states, keeping the best children of each. */
    private static final class Beam extends Search {
        /** A state waiting in the frontier, with the order it came in to break ties. */
        private record Waiting(int node, String id, List<Integer> numbers, List<String> operations, double heuristic,
                long order) {
        }

        private long arrivals;

        Beam(DemoRecorder recorder, StringBuilder text, Problem problem, Heuristic heuristic, Random random) {
            super(recorder, text, problem, heuristic, random);
        }

        void run() {
            PriorityQueue<Waiting> frontier = new PriorityQueue<>(
                    Comparator.comparingDouble(Waiting::heuristic).thenComparingLong(Waiting::order));
            frontier.add(new Waiting(-1, "0", numbers, List.of(), heuristic.score(numbers, target), arrivals++));
            while (!frontier.isEmpty()) {
                List<Waiting> beam = new ArrayList<>();
                while (beam.size() < BEAM && !frontier.isEmpty()) {
                    beam.add(frontier.poll());
                }
                for (int b = 0; b < beam.size(); b++) {
                    if (recorder.full()) {
                        recorder.note(-1, "The node limit is reached: the search stops.");
                        return;
                    }
                    Waiting current = beam.get(b);
                    int node = current.node() < 0 ? root() : enter(current);
                    if (expand(node, current, frontier)) {
                        return;
                    }
                    if (b < beam.size() - 1) {
                        line("Moving to Node #" + beam.get(b + 1).id());
                    }
                }
                if (!frontier.isEmpty()) {
                    line("Moving to Node #" + frontier.peek().id());
                }
            }
            text.append("No solution found.");
            recorder.note(-1, "The frontier is empty: the beam lost every way to " + target + ".");
        }

        private int enter(Waiting current) {
            stateLine(current.numbers(), current.operations());
            failLeftBehind(current.node());
            recorder.jump(current.node(), "Go to the most promising state in the frontier: "
                    + join(current.numbers()) + String.format(Locale.ROOT, " (score %.1f).",
                            current.heuristic()));
            return current.node();
        }

        /**
         * The nodes the cursor leaves on its way to {@code next} fail when every child of theirs
         * has failed, as the Stream of Search importer decides it.
         */
        private void failLeftBehind(int next) {
            int from = recorder.cursor();
            int meeting = recorder.lowestCommonAncestor(from, next);
            for (int left = from; left != meeting; left = recorder.parent(left)) {
                if (recorder.allChildrenFailed(left) && recorder.status(left) != NodeStatus.FAILED) {
                    recorder.status(left, NodeStatus.FAILED, "Every move kept from here ends in a dead end: "
                            + "this state fails.");
                }
            }
        }

        /** Keeps the best children of {@code current} and queues them; true at the goal. */
        private boolean expand(int node, Waiting current, PriorityQueue<Waiting> frontier) {
            List<Child> children = new ArrayList<>(CountdownRules.children(current.numbers(), target, heuristic));
            if (children.isEmpty()) {
                recorder.note(node, "Only " + current.numbers().get(0) + " is left: nothing to combine.");
                return false;
            }
            children.sort(Comparator.comparingDouble(Child::heuristic));
            int generated = children.size();
            List<Child> kept = new ArrayList<>(children.subList(0, Math.min(BEAM, generated)));
            Collections.shuffle(kept, random);
            recorder.status(node, NodeStatus.EXPANDED, generated + " operations are possible on "
                    + join(current.numbers()) + "; keep the best " + kept.size() + " and drop "
                    + (generated - kept.size()) + ".");
            int index = 0;
            List<Waiting> queued = new ArrayList<>();
            for (Child child : kept) {
                List<String> operations = plus(current.operations(), child.operation());
                int childNode = child(node, child, operations);
                String childId = current.id() + "," + index;
                if (isGoal(child)) {
                    goal(childNode, child);
                    return true;
                }
                if (child.numbers().size() == 1) {
                    deadEnd(childNode, child);
                } else {
                    line("Generated Node #" + childId + ": " + target + ":" + CountdownRules.python(child.numbers())
                            + " Operation: " + child.operation());
                    index++;
                }
                queued.add(new Waiting(childNode, childId, child.numbers(), operations, child.heuristic(), 0));
            }
            queued.sort(Comparator.comparingDouble(Waiting::heuristic));
            for (Waiting waiting : queued) {
                frontier.add(new Waiting(waiting.node(), waiting.id(), waiting.numbers(), waiting.operations(),
                        waiting.heuristic(), arrivals++));
            }
            return false;
        }
    }
}
