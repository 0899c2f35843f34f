package org.retrace.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Timeline;
import org.retrace.model.Trace;

/**
 * A diffusion decoding read back from its trace ({@link DecodingTrace}) as a grid of steps by
 * positions: which token each position held after each step, with what confidence, and what the
 * step did to it. Costs O(events) to read and O(positions) memory per change; a cell costs
 * O(log changes of its position).
 */
public final class SequenceHistory {
    /** What a step did to a position. */
    public enum CellState {
        MASKED,
        /** Given at the start: the prompt. */
        PROMPT,
        /** Unmasked, or replaced, at this step. */
        DECIDED,
        /** Holding a token decided at an earlier step. */
        KEPT,
        /** Its token taken back at this step. */
        REMASKED
    }

    /** One change of a position: at {@code step} it took {@code token} (null: the mask). */
    public record Change(int step, String token, double confidence) {
    }

    private final Trace trace;
    private final int positions;
    private final int steps;
    private final int[][] changeSteps;
    /** The token node each change gave the position, or -1 for the mask. */
    private final int[][] changeNodes;
    private final int[] changeCounts;
    private final int[] decidedPerStep;
    private final int[] remasksPerStep;
    private final int[] remasksPerPosition;

    private SequenceHistory(Trace trace) {
        this.trace = trace;
        int count = 0;
        for (int child = trace.firstChild(0); child >= 0; child = trace.nextSibling(child)) {
            count++;
        }
        positions = count;
        Timeline timeline = trace.timeline();
        int lastStep = 0;
        for (int event = 0; event < timeline.size(); event++) {
            lastStep = Math.max(lastStep, (int) timeline.time(event));
        }
        steps = lastStep + 1;
        changeSteps = new int[positions][2];
        changeNodes = new int[positions][2];
        changeCounts = new int[positions];
        decidedPerStep = new int[steps];
        remasksPerStep = new int[steps];
        remasksPerPosition = new int[positions];
        read(timeline);
    }

    /** Whether {@code trace} is a diffusion decoding, which this can read. */
    public static boolean canShow(Trace trace) {
        return trace.nodeCount() > 1 && DecodingTrace.SEARCH_KIND.equals(trace.info().searchKind());
    }

    /** The step a replay at {@code position} (events played) has reached: the last played event's. */
    public static int stepAt(Trace trace, int position) {
        return position <= 0 ? 0 : (int) trace.timeline().time(position - 1);
    }

    /**
     * The replay position (events played) at which {@code step} has been played whole: the first
     * event of a later step, or the end. Events come in step order, so this costs O(log events).
     */
    public static int positionAfter(Trace trace, int step) {
        int low = 0;
        int high = trace.timeline().size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (trace.timeline().time(middle) <= step) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Reads {@code trace}'s decoding; costs O(events). */
    public static SequenceHistory of(Trace trace) {
        if (!canShow(trace)) {
            throw new IllegalArgumentException("'" + trace.info().name() + "' is not a diffusion decoding (its search "
                    + "kind is '" + trace.info().searchKind() + "')");
        }
        return new SequenceHistory(trace);
    }

    /** Position nodes are the root's children, created first, so node {@code p + 1} is position {@code p}. */
    private void read(Timeline timeline) {
        for (int event = 0; event < timeline.size(); event++) {
            int node = timeline.node(event);
            int step = (int) timeline.time(event);
            EventType type = timeline.type(event);
            if (type == EventType.NODE && node > positions) {
                int position = trace.parent(node) - 1;
                add(position, step, node);
                if (!DecodingTrace.PROMPT.equals(trace.kind(node))) {
                    decidedPerStep[step]++;
                }
            } else if (type == EventType.STATUS && node >= 1 && node <= positions
                    && timeline.newStatus(event) == NodeStatus.OPEN && step > 0) {
                int position = node - 1;
                add(position, step, -1);
                remasksPerStep[step]++;
                remasksPerPosition[position]++;
            }
        }
    }

    private void add(int position, int step, int node) {
        int count = changeCounts[position];
        if (count == changeSteps[position].length) {
            changeSteps[position] = Arrays.copyOf(changeSteps[position], count * 2);
            changeNodes[position] = Arrays.copyOf(changeNodes[position], count * 2);
        }
        changeSteps[position][count] = step;
        changeNodes[position][count] = node;
        changeCounts[position]++;
    }

    public int positions() {
        return positions;
    }

    /** The steps, the start (step 0) included. */
    public int steps() {
        return steps;
    }

    /** The index of the last change of {@code position} at or before {@code step}, or -1. */
    private int changeAt(int step, int position) {
        int low = 0;
        int high = changeCounts[position] - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (changeSteps[position][middle] <= step) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** The token node {@code position} holds after {@code step}, or -1 while masked. */
    public int tokenNode(int step, int position) {
        int change = changeAt(step, position);
        return change < 0 ? -1 : changeNodes[position][change];
    }

    /** The token {@code position} holds after {@code step}, or null while masked. */
    public String token(int step, int position) {
        int node = tokenNode(step, position);
        return node < 0 ? null : trace.label(node);
    }

    /** The confidence of the token {@code position} holds after {@code step}, NaN if none or unknown. */
    public double confidence(int step, int position) {
        int node = tokenNode(step, position);
        return node < 0 ? Double.NaN : trace.metric(node, DecodingTrace.CONFIDENCE);
    }

    /** What {@code step} did to {@code position}. */
    public CellState state(int step, int position) {
        int change = changeAt(step, position);
        if (change < 0) {
            return CellState.MASKED;
        }
        int node = changeNodes[position][change];
        boolean now = changeSteps[position][change] == step;
        if (node < 0) {
            return now ? CellState.REMASKED : CellState.MASKED;
        }
        if (DecodingTrace.PROMPT.equals(trace.kind(node))) {
            return CellState.PROMPT;
        }
        return now ? CellState.DECIDED : CellState.KEPT;
    }

    /**
     * Fills {@code states} and {@code confidences} (each {@link #steps()} long) with what each step did
     * to {@code position} and the confidence of the token it held; costs O(steps + its changes), where
     * asking cell by cell costs O(steps x log changes).
     */
    public void column(int position, CellState[] states, double[] confidences) {
        int change = -1;
        for (int step = 0; step < steps; step++) {
            while (change + 1 < changeCounts[position] && changeSteps[position][change + 1] <= step) {
                change++;
            }
            if (change < 0) {
                states[step] = CellState.MASKED;
                confidences[step] = Double.NaN;
                continue;
            }
            int node = changeNodes[position][change];
            boolean now = changeSteps[position][change] == step;
            if (node < 0) {
                states[step] = now ? CellState.REMASKED : CellState.MASKED;
                confidences[step] = Double.NaN;
            } else {
                states[step] = DecodingTrace.PROMPT.equals(trace.kind(node)) ? CellState.PROMPT
                        : now ? CellState.DECIDED : CellState.KEPT;
                confidences[step] = trace.metric(node, DecodingTrace.CONFIDENCE);
            }
        }
    }

    /** Every token {@code position} held and every remask, in step order. */
    public List<Change> history(int position) {
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < changeCounts[position]; k++) {
            int node = changeNodes[position][k];
            changes.add(new Change(changeSteps[position][k], node < 0 ? null : trace.label(node),
                    node < 0 ? Double.NaN : trace.metric(node, DecodingTrace.CONFIDENCE)));
        }
        return changes;
    }

    /**
     * The position {@code node} stands for: a position's node, or a token's at that position; -1
     * for the sequence's root or a node of any other kind. Costs O(1).
     */
    public int positionOf(int node) {
        if (node >= 1 && node <= positions) {
            return node - 1;
        }
        boolean token = node > positions && node < trace.nodeCount()
                && (DecodingTrace.TOKEN.equals(trace.kind(node)) || DecodingTrace.PROMPT.equals(trace.kind(node)));
        return token ? trace.parent(node) - 1 : -1;
    }

    /** Tokens decided (unmasked or replaced) at {@code step}; costs O(1). */
    public int decidedAt(int step) {
        return decidedPerStep[step];
    }

    /** Tokens taken back at {@code step}; costs O(1). */
    public int remaskedAt(int step) {
        return remasksPerStep[step];
    }

    /** Tokens decided (unmasked or replaced) at each step; a copy. */
    public int[] decidedPerStep() {
        return decidedPerStep.clone();
    }

    /** Tokens taken back at each step; a copy. */
    public int[] remasksPerStep() {
        return remasksPerStep.clone();
    }

    /** The step {@code position} was finally decided at: its last change, if that left a token; else -1. */
    public int finalStep(int position) {
        int last = changeCounts[position] - 1;
        return last < 0 || changeNodes[position][last] < 0 ? -1 : changeSteps[position][last];
    }

    /** How many positions were finally decided at each step (prompt positions at step 0), by step. */
    public SortedMap<Integer, Integer> finallyDecidedPerStep() {
        SortedMap<Integer, Integer> perStep = new TreeMap<>();
        for (int position = 0; position < positions; position++) {
            int step = finalStep(position);
            if (step >= 0) {
                perStep.merge(step, 1, Integer::sum);
            }
        }
        return perStep;
    }

    /** The positions still masked after the last step. */
    public int undecided() {
        int masked = 0;
        for (int position = 0; position < positions; position++) {
            masked += finalStep(position) < 0 ? 1 : 0;
        }
        return masked;
    }

    /** All tokens decided, over all steps. */
    public int tokensDecided() {
        return Arrays.stream(decidedPerStep).sum();
    }

    /** All remasks, over all steps. */
    public int remasks() {
        return Arrays.stream(remasksPerStep).sum();
    }

    /** The positions whose token was taken back more than once. */
    public int positionsRemaskedMoreThanOnce() {
        return (int) Arrays.stream(remasksPerPosition).filter(count -> count > 1).count();
    }

    /** The trace read. */
    public Trace trace() {
        return trace;
    }
}
