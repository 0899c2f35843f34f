package org.retrace.format.lats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.format.LoadWarnings;
import org.retrace.format.Numbers;
import org.retrace.format.TraceFormatException;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;
import org.retrace.model.TraceRuleException;

/**
 * One LATS search, record by record, as {@code webshop/lats.py}, {@code hotpot/lats.py} and
 * {@code hotpot/tot.py} log it. The writers name no parent, but each {@code PROMPT} holds the
 * trajectory of the node being expanded: its task part (from its last {@code Instruction:} or
 * {@code Question:} line; the few-shot examples before it have actions of their own) lists the
 * path's actions ({@code Action:} lines in WebShop, {@code Thought k:} and {@code Action k:} in
 * HotpotQA, where siblings may share an action). The expanded node is the latest node kept whose
 * path from the root is that one, and the {@code NEW NODE}s after the prompt are its children,
 * rollout steps included (LATS never attaches those to the tree, but a solution is often one).
 *
 * <p>WebShop logs every sample, and when two siblings share an action LATS keeps the last copy:
 * the earlier ones are shown pruned, as duplicates. HotpotQA drops its duplicates unlogged. A
 * {@code reward:x} record belongs to the node after it (reward 1: a solution); in HotpotQA the
 * observation {@code Episode finished, reward = r} says the same.
 */
final class LatsSearch {
    private static final Pattern NODE = Pattern.compile(
            "^NEW NODE: Node\\(depth=(\\d+), value=([-\\d.]+), visits=(\\d+), (?:thought=(.*?), )?action=(.*?), "
                    + "observation=(.*?)(\\))?$", Pattern.DOTALL);
    private static final Pattern WEBSHOP_STEP = Pattern.compile("^Action: (.+)$", Pattern.MULTILINE);
    private static final Pattern HOTPOT_STEP = Pattern.compile("^(Thought|Action) (\\d+): (.*)$", Pattern.MULTILINE);
    private static final Pattern TASK_START = Pattern.compile("^(Instruction:|Question:)", Pattern.MULTILINE);
    private static final Pattern EPISODE_END = Pattern.compile("Episode finished, reward = ([-\\d.]+)");
    /** Between a step's thought and action in a path key: neither holds it. */
    private static final String SEPARATOR = "\u0000";
    private static final String STEP_END = "\u0001";

    private final String file;
    private final LoadWarnings warnings;
    private final TraceBuilder builder = new TraceBuilder(TraceInfo.named("lats"));
    /** Each node's path from the root, one key per step; the root's is empty. */
    private final List<String> paths = new ArrayList<>();
    private final List<Boolean> kept = new ArrayList<>();
    /** The nodes kept, by path, oldest first. */
    private final Map<String, List<Integer>> byPath = new HashMap<>();
    /** The children the current prompt's samples made, by action, oldest first, for WebShop's duplicates. */
    private final Map<String, List<Integer>> groupByAction = new HashMap<>();
    private int expanded = -1;
    private double pendingReward = Double.NaN;
    private double startTime = Double.NaN;
    private String task = "";
    private int created;

    LatsSearch(String file, LoadWarnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    boolean createdAny() {
        return created > 0;
    }

    Trace build(String name) {
        String title = task.isEmpty() ? name : name + ": " + (task.length() <= 80 ? task : task.substring(0, 77) + "...");
        builder.setInfo(new TraceInfo(title, "lats", "", Map.of("task", task)));
        return builder.build();
    }

    void apply(String message, int line, double time, boolean last) throws TraceFormatException {
        double at = relative(time);
        try {
            ensureRoot(at);
            if (message.startsWith("PROMPT:")) {
                prompt(message, line, at);
            } else if (message.startsWith("NEW NODE: ")) {
                newNode(message, line, at, last);
            } else if (message.startsWith("reward:")) {
                pendingReward = Numbers.parseFinite(message.substring("reward:".length()).strip());
            } else if (isNote(message)) {
                builder.note(builder.cursor(), message.strip(), at);
            }
        } catch (TraceRuleException broken) {
            throw new TraceFormatException(file, line, 1, broken.getMessage());
        }
    }

    private static boolean isNote(String message) {
        for (String start : List.of("Iteration ", "DFS at node depth", "Need to backtrack", "Depth limit",
                "All children are terminal", "Terminal node with reward", "Successful trajectory",
                "Unsuccessful", "SUCCESSFUL TRAJECTORY", "All paths", "RESULTS:", "VALUES: ")) {
            if (message.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** A generation call: the node it expands is the one its task part's path leads to. */
    private void prompt(String message, int line, double at) {
        Matcher taskStart = TASK_START.matcher(message);
        int from = -1;
        while (taskStart.find()) {
            from = taskStart.start();
        }
        if (from < 0) {
            warnings.add(line, 1, "a PROMPT with no Instruction: or Question: line; its samples hang under the root");
            expanded = 0;
        } else {
            String input = message.substring(from);
            if (task.isEmpty()) {
                task = taskText(input);
            }
            String path = pathOf(input);
            List<Integer> candidates = byPath.get(path);
            if (candidates == null || candidates.isEmpty()) {
                warnings.add(line, 1, "a PROMPT whose path matches no node logged before it; its samples hang under "
                        + "the deepest node that fits");
                expanded = deepestPrefix(path);
            } else {
                expanded = candidates.get(candidates.size() - 1);
            }
        }
        groupByAction.clear();
        pendingReward = Double.NaN;
        builder.moveCursorTo(expanded, at);
        if (builder.currentStatus(expanded) == NodeStatus.OPEN) {
            builder.status(expanded, NodeStatus.EXPANDED, at);
        }
    }

    /** The task: the line after "Instruction:" in WebShop, the question itself in HotpotQA. */
    private static String taskText(String input) {
        List<String> lines = input.lines().map(String::strip).filter(text -> !text.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        String first = lines.get(0);
        if (first.startsWith("Question:")) {
            return first.substring("Question:".length()).strip();
        }
        String rest = first.substring("Instruction:".length()).strip();
        return rest.isEmpty() && lines.size() > 1 ? lines.get(1).replaceFirst("\\s*\\[Search\\]$", "") : rest;
    }

    /** The path key of a prompt's task part: its non-empty actions, with their thoughts where numbered. */
    private static String pathOf(String input) {
        StringBuilder path = new StringBuilder();
        Matcher numbered = HOTPOT_STEP.matcher(input);
        Map<Integer, String> thoughts = new HashMap<>();
        boolean anyNumbered = false;
        while (numbered.find()) {
            anyNumbered = true;
            int step = Integer.parseInt(numbered.group(2));
            if (numbered.group(1).equals("Thought")) {
                thoughts.put(step, numbered.group(3).strip());
            } else if (!numbered.group(3).isBlank()) {
                path.append(stepKey(thoughts.get(step), numbered.group(3).strip()));
            }
        }
        if (anyNumbered) {
            return path.toString();
        }
        Matcher plain = WEBSHOP_STEP.matcher(input);
        while (plain.find()) {
            if (!plain.group(1).isBlank()) {
                path.append(stepKey(null, plain.group(1).strip()));
            }
        }
        return path.toString();
    }

    private static String stepKey(String thought, String action) {
        return (thought == null ? "" : thought + SEPARATOR) + action + STEP_END;
    }

    /** The kept node whose path is the longest prefix of {@code path}: the root when none is. */
    private int deepestPrefix(String path) {
        int best = 0;
        for (int node = 0; node < paths.size(); node++) {
            if (kept.get(node) && path.startsWith(paths.get(node)) && paths.get(node).length() > paths.get(best).length()) {
                best = node;
            }
        }
        return best;
    }

    private void newNode(String message, int line, double at, boolean last) throws TraceFormatException {
        Matcher node = NODE.matcher(message);
        if (!node.matches()) {
            throw new TraceFormatException(file, line, 1, "expected 'NEW NODE: Node(depth=.., value=.., visits=.., "
                    + "action=.., observation=..)', found '" + abbreviate(message) + "'");
        }
        if (node.group(7) == null) {
            if (!last) {
                throw new TraceFormatException(file, line, 1, "a NEW NODE record without its closing ')', before "
                        + "another record");
            }
            warnings.add(line, 1, "the last record is cut off (a run that stopped, or an excerpt); its observation "
                    + "may be incomplete");
        }
        int parent = expanded < 0 ? 0 : expanded;
        int depth = Integer.parseInt(node.group(1));
        if (depth != depth(parent) + 1) {
            warnings.add(line, 1, "a node logged at depth " + depth + " under a node at depth " + depth(parent));
        }
        String thought = node.group(4);
        String action = node.group(5);
        String observation = node.group(6).strip();
        int child = builder.addNode("node " + (++created), parent, thought == null ? "action" : "thought",
                NodeStatus.OPEN, action, (thought == null ? "" : "Thought: " + thought + "\n") + "Action: " + action
                        + "\nObservation: " + observation, at);
        builder.setAttribute(child, Trace.ACTION, action.strip());
        builder.setInitialMetric(child, "value", Numbers.parseFinite(node.group(2)));
        builder.setInitialMetric(child, "visits", Numbers.parseFinite(node.group(3)));
        String path = paths.get(parent) + stepKey(thought == null ? null : thought.strip(), action.strip());
        paths.add(path);
        kept.add(true);
        byPath.computeIfAbsent(path, key -> new ArrayList<>()).add(child);
        if (thought == null) {
            dropEarlierCopy(action.strip(), child, at);
        }
        outcome(child, observation, at);
    }

    /**
     * WebShop keeps the last sample of an action among siblings; the earlier copies are shown
     * pruned, each naming the copy kept for now, the last one logged.
     */
    private void dropEarlierCopy(String action, int child, double at) {
        List<Integer> copies = groupByAction.computeIfAbsent(action, key -> new ArrayList<>());
        if (!copies.isEmpty()) {
            int earlier = copies.get(copies.size() - 1);
            kept.set(earlier, false);
            byPath.get(paths.get(earlier)).remove(Integer.valueOf(earlier));
            builder.status(earlier, NodeStatus.PRUNED, at);
            for (int copy : copies) {
                builder.setAttribute(copy, "duplicateOf", builder.id(child));
            }
        }
        copies.add(child);
    }

    private void outcome(int child, String observation, double at) {
        double reward = pendingReward;
        pendingReward = Double.NaN;
        Matcher episode = EPISODE_END.matcher(observation);
        if (Double.isNaN(reward) && episode.find()) {
            reward = Numbers.parseFinite(episode.group(1));
        }
        if (Double.isNaN(reward)) {
            return;
        }
        builder.metric(child, "reward", reward, at);
        if (reward == 1.0) {
            builder.solution(child, at);
        } else if (reward >= 0) {
            builder.status(child, NodeStatus.FAILED, at);
        }
    }

    private int depth(int node) {
        int depth = 0;
        for (int at = builder.parent(node); at >= 0; at = builder.parent(at)) {
            depth++;
        }
        return depth;
    }

    private void ensureRoot(double at) {
        if (builder.nodeCount() == 0) {
            int root = builder.addNode("root", -1, "state", NodeStatus.OPEN, "question", null, at);
            builder.visit(root, at);
            paths.add("");
            kept.add(true);
            byPath.computeIfAbsent("", key -> new ArrayList<>()).add(root);
        }
    }

    /** Seconds since the search's first record, from the time of day (minutes and seconds are enough within a run). */
    private double relative(double time) {
        if (Double.isNaN(startTime)) {
            startTime = time;
        }
        double seconds = time - startTime;
        return seconds < 0 ? seconds + 3600 : seconds;
    }

    private static String abbreviate(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
