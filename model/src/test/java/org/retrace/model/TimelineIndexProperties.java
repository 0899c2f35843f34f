package org.retrace.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The indexed state at every position equals what replaying the events one by one gives. */
class TimelineIndexProperties {
    private static final String[] METRICS = {"visits", "value", "prior"};

    @Property(tries = 40)
    void stateAtAnyPositionEqualsAReplayOfTheEvents(@ForAll @IntRange(min = 1, max = 400) int changes,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TraceBuilder builder = new TraceBuilder(TraceInfo.named("random"));
        int nodes = 1 + random.nextInt(6);
        for (int n = 0; n < nodes; n++) {
            builder.addNode("n" + n, n == 0 ? -1 : random.nextInt(n), null, NodeStatus.OPEN, null, null, Double.NaN);
            if (random.nextBoolean()) {
                builder.setInitialMetric(n, METRICS[random.nextInt(METRICS.length)], random.nextInt(100));
            }
        }
        for (int i = 0; i < changes; i++) {
            int node = random.nextInt(nodes);
            switch (random.nextInt(4)) {
                case 0 -> builder.status(node, NodeStatus.ofCode(random.nextInt(NodeStatus.values().length)),
                        Double.NaN);
                case 1 -> builder.bound(random.nextBoolean() ? Bound.INCUMBENT : Bound.BEST_BOUND, random.nextInt(50),
                        Double.NaN);
                default -> builder.metric(node, METRICS[random.nextInt(METRICS.length)], random.nextInt(1000),
                        Double.NaN);
            }
        }
        Trace trace = builder.build();

        NodeStatus[] status = new NodeStatus[nodes];
        double[][] metric = new double[METRICS.length][nodes];
        for (double[] column : metric) {
            Arrays.fill(column, Double.NaN);
        }
        double[] bound = {Double.NaN, Double.NaN};
        Timeline timeline = trace.timeline();
        for (int position = 0; position <= timeline.size(); position++) {
            TraceState state = trace.stateAt(position);
            for (int n = 0; n < state.nodeCount(); n++) {
                assertEquals(status[n], state.status(n), "status of " + n + " at " + position);
                for (int m = 0; m < METRICS.length; m++) {
                    assertEquals(metric[m][n], state.metric(n, METRICS[m]), METRICS[m] + " of " + n + " at " + position);
                }
            }
            assertEquals(bound[0], state.bound(Bound.INCUMBENT), "incumbent at " + position);
            assertEquals(bound[1], state.bound(Bound.BEST_BOUND), "best bound at " + position);
            if (position == timeline.size()) {
                break;
            }
            int node = timeline.node(position);
            switch (timeline.type(position)) {
                case NODE -> {
                    status[node] = NodeStatus.OPEN;
                    for (int m = 0; m < METRICS.length; m++) {
                        metric[m][node] = initialMetric(trace, node, METRICS[m]);
                    }
                }
                case STATUS, SOLUTION -> status[node] = timeline.newStatus(position);
                case METRIC -> metric[Arrays.asList(METRICS).indexOf(
                        trace.metricNames().get(timeline.metricColumn(position)))][node] = timeline.value(position);
                case BOUND -> bound[timeline.bound(position).ordinal()] = timeline.value(position);
                default -> {
                }
            }
        }
    }

    /** A node's metric when created: before its first change, or its final value if it never changed. */
    private static double initialMetric(Trace trace, int node, String name) {
        return trace.stateAt(trace.createdAt(node) + 1).metric(node, name);
    }
}
