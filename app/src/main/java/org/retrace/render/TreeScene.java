package org.retrace.render;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.retrace.layout.TreeLayout;
import org.retrace.model.NodeStatus;
import org.retrace.annotation.InterventionTrace;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * Everything one frame of the tree shows: the trace at a timeline position, its layout, the
 * cursor's path, the selection, search matches and the replay's passing effects. The renderer only
 * reads it; the window and the command line fill it.
 */
public final class TreeScene {
    private final Trace trace;
    private final TreeLayout layout;
    private final double minValue;
    private final double maxValue;
    private final double maxVisits;
    private TraceState state;
    private int[] cursorPath = new int[0];
    private int[] selectedPath = new int[0];
    private int selected = -1;
    private BitSet matches = new BitSet();
    private AnnotationMarks marks = AnnotationMarks.NONE;
    /** The nodes a person wrote in, drawn on dashed edges. */
    private final BitSet interventions = new BitSet();
    private BitSet collapsed = new BitSet();
    private static final List<String> BADGE_METRICS = List.of("visits", "value", "Q", "reward", "bound", "score");

    /** Counts of collapsed subtrees at the shown position, by their root; cleared when the position moves. */
    private final Map<Integer, Hidden> hidden = new HashMap<>();

    /**
     * What a collapsed subtree hides at the shown position: its nodes, and how many of them are
     * solutions and failures.
     */
    public record Hidden(int nodes, int solutions, int failed) {
    }
    private final int[] solutions;
    private boolean colourByValue;
    private boolean edgeWidthByVisits;
    private boolean badges = true;
    private boolean edgeLabels;
    /** The metrics a badge shows, the first two of {@link #BADGE_METRICS} the trace has. */
    private final List<String> badgeMetrics;
    private double markerX = Double.NaN;
    private double markerDepth = Double.NaN;
    private int flashNode = -1;
    private double flashPhase;

    public TreeScene(Trace trace, TreeLayout layout) {
        this.trace = trace;
        this.layout = layout;
        badgeMetrics = BADGE_METRICS.stream().filter(trace.metricNames()::contains).limit(2).toList();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double visits = 1;
        for (int node = 0; node < trace.nodeCount(); node++) {
            double value = trace.metric(node, "value");
            if (!Double.isNaN(value)) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
            if (InterventionTrace.isIntervention(trace, node)) {
                interventions.set(node);
            }
            double visited = trace.metric(node, "visits");
            if (!Double.isNaN(visited)) {
                visits = Math.max(visits, visited);
            }
        }
        this.minValue = low;
        this.maxValue = high;
        this.maxVisits = visits;
        this.solutions = IntStream.range(0, trace.nodeCount())
                .filter(node -> trace.status(node) == NodeStatus.SOLUTION).toArray();
        showPosition(trace.timeline().size());
    }

    public Trace trace() {
        return trace;
    }

    public TreeLayout layout() {
        return layout;
    }

    public TraceState state() {
        return state;
    }

    /** Shows the search after the first {@code position} events; costs O(depth). */
    public void showPosition(int position) {
        state = trace.stateAt(position);
        cursorPath = state.pathToCursor();
        hidden.clear();
    }

    /**
     * What the subtree below {@code node} holds at the shown position, as a collapsed triangle
     * says; costs O(subtree) the first time per position, O(1) after.
     */
    public Hidden hidden(int node) {
        return hidden.computeIfAbsent(node, this::countHidden);
    }

    private Hidden countHidden(int root) {
        int nodes = 0;
        int solutions = 0;
        int failed = 0;
        int[] stack = new int[Math.max(16, trace.depth(root) + 16)];
        int top = 0;
        for (int child = trace.firstChild(root); child >= 0; child = trace.nextSibling(child)) {
            stack = push(stack, top++, child);
        }
        while (top > 0) {
            int node = stack[--top];
            if (!state.exists(node)) {
                continue;
            }
            nodes++;
            NodeStatus status = state.status(node);
            solutions += status == NodeStatus.SOLUTION ? 1 : 0;
            failed += status == NodeStatus.FAILED ? 1 : 0;
            for (int child = trace.firstChild(node); child >= 0; child = trace.nextSibling(child)) {
                stack = push(stack, top++, child);
            }
        }
        return new Hidden(nodes, solutions, failed);
    }

    private static int[] push(int[] stack, int at, int node) {
        int[] room = at < stack.length ? stack : Arrays.copyOf(stack, stack.length * 2);
        room[at] = node;
        return room;
    }

    public int position() {
        return state.position();
    }

    public int cursor() {
        return cursorPath.length == 0 ? -1 : cursorPath[cursorPath.length - 1];
    }

    /** True when {@code node} lies on the path from the root to the cursor; costs O(1). */
    public boolean onCursorPath(int node) {
        int depth = trace.depth(node);
        return depth < cursorPath.length && cursorPath[depth] == node;
    }

    /** True when {@code node} lies on the path from the root to the selected node; costs O(1). */
    public boolean onSelectedPath(int node) {
        int depth = trace.depth(node);
        return depth < selectedPath.length && selectedPath[depth] == node;
    }

    /** True when the search has been at {@code node} and has since left its branch. */
    public boolean isAbandoned(int node) {
        return trace.timeline().firstVisit(node) < state.position() && !onCursorPath(node);
    }

    public int selected() {
        return selected;
    }

    /** Selects {@code node} (or nothing with -1) and highlights its path from the root. */
    public void select(int node) {
        selected = node;
        selectedPath = node < 0 ? new int[0] : trace.pathFromRoot(node);
    }

    /** The nodes that are solutions when the search ends, in creation order. */
    public int[] finalSolutions() {
        return solutions;
    }

    /** The view's set of collapsed nodes, shared so that drawing sees what the layout saw. */
    public void setCollapsed(BitSet collapsed) {
        this.collapsed = collapsed;
    }

    public boolean isCollapsed(int node) {
        return collapsed.get(node);
    }

    public boolean isMatch(int node) {
        return matches.get(node);
    }

    /** The bookmarks and labels to draw. */
    public AnnotationMarks marks() {
        return marks;
    }

    public void setMarks(AnnotationMarks shown) {
        marks = shown;
    }

    /** Whether {@code node} is an intervention, drawn on a dashed edge. */
    public boolean isIntervention(int node) {
        return interventions.get(node);
    }

    /** Whether the trace holds interventions at all; costs O(1). */
    public boolean hasInterventions() {
        return !interventions.isEmpty();
    }

    public void setMatches(BitSet matches) {
        this.matches = matches;
    }

    public boolean colourByValue() {
        return colourByValue;
    }

    public void setColourByValue(boolean colourByValue) {
        this.colourByValue = colourByValue;
    }

    public boolean edgeWidthByVisits() {
        return edgeWidthByVisits;
    }

    /** Whether nodes show their key metrics in a small badge under their label. */
    public boolean badges() {
        return badges && !badgeMetrics.isEmpty();
    }

    public void setBadges(boolean badges) {
        this.badges = badges;
    }

    /** Whether each edge shows the action of the node it leads to, which then is not repeated under the node. */
    public boolean edgeLabels() {
        return edgeLabels;
    }

    public void setEdgeLabels(boolean edgeLabels) {
        this.edgeLabels = edgeLabels;
    }

    /** The metrics a node's badge shows, in order: at most two of visits, value, Q, reward, bound, score. */
    public List<String> badgeMetrics() {
        return badgeMetrics;
    }

    public void setEdgeWidthByVisits(boolean edgeWidthByVisits) {
        this.edgeWidthByVisits = edgeWidthByVisits;
    }

    /** The node's value as a fraction of the trace's range of values, or NaN. */
    public double valueFraction(double value) {
        if (Double.isNaN(value) || !(maxValue > minValue)) {
            return Double.NaN;
        }
        return (value - minValue) / (maxValue - minValue);
    }

    /** The node's visits as a fraction of the most any node has, on a log scale. */
    public double visitsFraction(double visits) {
        if (Double.isNaN(visits) || visits <= 0) {
            return 0;
        }
        return Math.log1p(visits) / Math.log1p(maxVisits);
    }

    /** Where the moving cursor marker of an animated backtrack is, in layout units; NaN when none. */
    public double markerX() {
        return markerX;
    }

    public double markerDepth() {
        return markerDepth;
    }

    public void setMarker(double x, double depth) {
        markerX = x;
        markerDepth = depth;
    }

    public int flashNode() {
        return flashNode;
    }

    /** How far a solution's flash has run, 0 to 1. */
    public double flashPhase() {
        return flashPhase;
    }

    public void setFlash(int node, double phase) {
        flashNode = node;
        flashPhase = phase;
    }
}
