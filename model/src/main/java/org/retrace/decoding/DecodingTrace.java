package org.retrace.decoding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.retrace.model.NodeStatus;
import org.retrace.narration.Narration;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * Builds the trace of a diffusion language model's decoding from the sequence it holds at each
 * step. The tree: a root for the sequence, under it a node per position, and under a position a
 * node per token it was given. Consecutive steps are diffed: a position that goes from the mask to
 * a token is <em>unmasked</em> (a token node is created, with its confidence), one that goes from a
 * token to the mask is <em>remasked</em> (the token fails: a backtrack at the level of tokens), one
 * that goes from a token to another is <em>replaced</em> (the old fails, the new is created). A
 * position is open while masked. Tokens standing at the end are the solution. Every event's time is
 * its step, so the replay can be read step by step.
 *
 * <p>Costs O(positions x steps) to diff.
 */
public final class DecodingTrace {
    /** The search kind of such traces, which the Sequence view and {@code stats} recognise. */
    public static final String SEARCH_KIND = "diffusion decoding";
    public static final String POSITION = "position";
    public static final String TOKEN = "token";
    public static final String PROMPT = "prompt";
    public static final String CONFIDENCE = "confidence";
    /** The mask tokens recognised when a history does not name its own. */
    public static final Set<String> MASKS = Set.of("[MASK]", "<|mdm_mask|>", "<mask>", "<|mask|>");

    private final TraceBuilder builder;
    private final Map<String, Object> newNodeAttributes = new LinkedHashMap<>();
    private final String mask;
    private final int positions;
    private final int[] positionNode;
    private final int[] tokenNode;
    /** Whether a position's token is the prompt's, given at the start. */
    private final boolean[] given;
    private String[] previous;
    private int steps;
    /** The first event of the last step added. */
    private int lastStepStart;
    /** The node the last event created, or -1 when the last event was not a node's creation. */
    private int createdLast = -1;

    /**
     * A decoding of {@code positions} positions named {@code name}, whose mask token is {@code mask};
     * {@code attributes} describe the run (the model, the sampler).
     */
    public DecodingTrace(String name, int positions, String mask, Map<String, Object> attributes) {
        this(new TraceBuilder(new TraceInfo(name, SEARCH_KIND, "", attributes)), positions, mask, 0);
    }

    /**
     * A decoding of {@code positions} positions recorded into {@code builder}, which holds no node
     * yet, its root and positions created at {@code time}: for a log that says what each step does.
     */
    public DecodingTrace(TraceBuilder builder, int positions, String mask, double time) {
        if (positions < 1) {
            throw new IllegalArgumentException("a decoding needs at least one position, found " + positions);
        }
        if (builder.nodeCount() > 0) {
            throw new IllegalArgumentException("a decoding's sequence comes first, before any node; there are "
                    + builder.nodeCount() + " already");
        }
        this.mask = Objects.requireNonNull(mask, "mask");
        this.positions = positions;
        this.builder = builder;
        // A node's text is what its creation says, as the demos narrate theirs.
        int root = builder.addNode("sequence", -1, "sequence", NodeStatus.EXPANDED, positions + " positions",
                "The sequence has " + positions + " positions, all masked to begin with.", time);
        positionNode = new int[positions];
        tokenNode = new int[positions];
        Arrays.fill(tokenNode, -1);
        given = new boolean[positions];
        for (int position = 0; position < positions; position++) {
            positionNode[position] = builder.addNode("p" + position, root, POSITION, NodeStatus.OPEN, "#" + position,
                    "Position " + position + " starts masked.", time);
        }
    }

    /** The mask token of this decoding. */
    public String mask() {
        return mask;
    }

    /**
     * Adds the sequence as it stands after the next step, with each position's confidence (null or
     * NaN where not known). The first sequence added is the start: its tokens are the prompt.
     */
    public void step(String[] tokens, double[] confidences) {
        if (tokens.length != positions) {
            throw new IllegalArgumentException("step " + steps + " holds " + tokens.length + " tokens, expected "
                    + positions + " (one per position)");
        }
        int step = steps++;
        lastStepStart = builder.eventCount();
        for (int position = 0; position < positions; position++) {
            String token = tokens[position];
            String before = previous == null ? mask : previous[position];
            if (token.equals(before)) {
                continue;
            }
            if (token.equals(mask)) {
                remask(position, step);
            } else {
                decide(position, token, confidences == null ? Double.NaN : confidences[position], step, previous == null);
            }
        }
        previous = tokens.clone();
    }

    /**
     * Position {@code position} takes {@code token} at {@code step}: unmasked if it was masked,
     * replaced otherwise; a {@code prompt} token is given at the start. Costs O(1).
     */
    public void decide(int position, String token, double confidence, int step, boolean prompt) {
        checkPosition(position);
        int before = tokenNode[position];
        if (before >= 0) {
            builder.status(before, NodeStatus.FAILED, step);
            say("Step " + step + " takes back \u201c" + builder.label(before) + "\u201d at position " + position + ".");
        }
        String said = prompt ? "Position " + position + " is given \u201c" + token + "\u201d in the prompt."
                : "Step " + step + (before < 0 ? " unmasks" : " replaces the token at") + " position " + position
                + ": \u201c" + token + "\u201d" + (Double.isNaN(confidence) ? ""
                : String.format(Locale.ROOT, " (confidence %.2f)", confidence)) + ".";
        String id = "p" + position + "@" + step;
        for (int again = 2; builder.findNode(id) >= 0; again++) {
            id = "p" + position + "@" + step + "." + again;
        }
        int node = builder.addNode(id, positionNode[position], prompt ? PROMPT : TOKEN, NodeStatus.EXPANDED, token, said,
                step);
        newNodeAttributes.forEach((key, value) -> builder.setAttribute(node, key, value));
        createdLast = node;
        if (!Double.isNaN(confidence)) {
            builder.setInitialMetric(node, CONFIDENCE, confidence);
        }
        tokenNode[position] = node;
        given[position] = prompt;
        if (before < 0) {
            builder.status(positionNode[position], NodeStatus.EXPANDED, step);
            say("Position " + position + " is decided.");
        }
    }

    /** Position {@code position}'s token is taken back at {@code step}; fails if it holds none. Costs O(1). */
    public void remask(int position, int step) {
        checkPosition(position);
        int before = tokenNode[position];
        if (before < 0) {
            throw new IllegalArgumentException("position " + position + " is masked already: there is no token to take "
                    + "back");
        }
        builder.status(before, NodeStatus.FAILED, step);
        say("Step " + step + " takes back \u201c" + builder.label(before) + "\u201d at position " + position + ".");
        builder.status(positionNode[position], NodeStatus.OPEN, step);
        say("Position " + position + " is masked again.");
        tokenNode[position] = -1;
    }

    /** Whether {@code position} holds a token now. */
    public boolean holdsToken(int position) {
        checkPosition(position);
        return tokenNode[position] >= 0;
    }

    private void checkPosition(int position) {
        if (position < 0 || position >= positions) {
            throw new IllegalArgumentException("position " + position + " is not in a sequence of " + positions
                    + " positions (0 to " + (positions - 1) + ")");
        }
    }

    /**
     * Says what the last step did, in words the replay shows with its last event (a demo narrates
     * each step); nothing when the step changed nothing.
     */
    public void narrate(String text) {
        if (builder.eventCount() <= lastStepStart) {
            return;
        }
        if (createdLast >= 0) {
            // A node event's narration is its node's text.
            builder.setText(createdLast, text);
        } else {
            builder.setEventAttribute(builder.eventCount() - 1, Narration.ATTRIBUTE, text);
        }
    }

    /** Gives every node created from now on {@code key}: {@code value} (a demo's state panel reads one). */
    public void setNewNodeAttribute(String key, Object value) {
        newNodeAttributes.put(key, value);
    }

    /** Gives every node created so far {@code key}: {@code value}. */
    public void setAttributeOnExisting(String key, Object value) {
        for (int node = 0; node < builder.nodeCount(); node++) {
            builder.setAttribute(node, key, value);
        }
    }

    /** Narrates the event just recorded. */
    private void say(String text) {
        builder.setEventAttribute(builder.eventCount() - 1, Narration.ATTRIBUTE, text);
        createdLast = -1;
    }

    /** Gives the trace's header {@code key}: {@code value}, known only once the run ends (a demo's outcome). */
    public void setTraceAttribute(String key, Object value) {
        TraceInfo info = builder.info();
        Map<String, Object> attributes = new LinkedHashMap<>(info.attributes());
        attributes.put(key, value);
        builder.setInfo(new TraceInfo(info.name(), info.searchKind(), info.sourceText(), attributes));
    }

    /** The nodes created so far: the sequence, its positions and every token decided. */
    public int nodeCount() {
        return builder.nodeCount();
    }

    /** The steps added so far, the start included. */
    public int steps() {
        return steps;
    }

    /** The trace: tokens standing at the end become its solutions (prompt tokens stay as given). */
    public Trace build() {
        for (int position = 0; position < positions; position++) {
            int token = tokenNode[position];
            if (token >= 0 && !given[position]) {
                builder.status(token, NodeStatus.SOLUTION, Math.max(0, steps - 1));
                say("\u201c" + builder.label(token) + "\u201d stands at position " + position + " in the end.");
            }
        }
        return builder.build();
    }
}
