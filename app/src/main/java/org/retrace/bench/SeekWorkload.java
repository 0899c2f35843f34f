package org.retrace.bench;

import java.util.SplittableRandom;
import org.retrace.model.Trace;
import org.retrace.model.TraceState;

/**
 * What a view asks of the timeline when the user jumps to a position: the node count, the cursor
 * and its path from the root, and the status and metrics of the path and of a screenful of the
 * most recently created nodes.
 */
public final class SeekWorkload {
    /** How many nodes a screen shows in the seek workload. */
    public static final int SCREENFUL = 1000;

    private final Trace trace;
    private final SplittableRandom random;

    public SeekWorkload(Trace trace, long seed) {
        this.trace = trace;
        this.random = new SplittableRandom(seed);
    }

    /** Seeks to a random position and reads its state; returns a checksum. */
    public double seekRandom() {
        return seek(random.nextInt(trace.timeline().size() + 1));
    }

    public double seek(int position) {
        TraceState state = trace.stateAt(position);
        double checksum = state.nodeCount() + state.cursor();
        for (int node : state.pathToCursor()) {
            checksum += read(state, node);
        }
        int newest = state.nodeCount() - 1;
        for (int node = newest; node >= 0 && node > newest - SCREENFUL; node--) {
            checksum += read(state, node);
        }
        return checksum;
    }

    private double read(TraceState state, int node) {
        double sum = state.status(node).ordinal();
        for (String metric : trace.metricNames()) {
            double value = state.metric(node, metric);
            sum += Double.isNaN(value) ? 0 : value;
        }
        return sum;
    }
}
