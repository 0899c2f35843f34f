package org.retrace.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * A trace still being written: one thread adds to it (a solver's connection, a followed file)
 * while another draws snapshots of it. Every change and every snapshot holds the same lock, so a
 * snapshot is a consistent picture; {@link #version()} tells a viewer whether there is anything
 * new to take one for.
 */
public final class LiveTrace implements LiveSource {
    private final Object lock = new Object();
    private final TraceBuilder builder;
    /** The most problems kept as text. */
    public static final int MAX_PROBLEMS = 1000;

    private final List<String> problems = new ArrayList<>();
    private volatile long version;
    private volatile boolean finished;
    private volatile String name;

    public LiveTrace(String name) {
        this.name = name;
        builder = new TraceBuilder(TraceInfo.named(name));
    }

    /** Applies {@code change} to the builder under the lock; costs what the change costs. */
    public void update(Consumer<TraceBuilder> change) {
        synchronized (lock) {
            change.accept(builder);
            version++;
        }
    }

    /** Renames the trace, e.g. once a solver's START says what it runs. */
    public void rename(String newName, TraceInfo info) {
        synchronized (lock) {
            name = newName;
            builder.setInfo(info);
            version++;
        }
    }

    /** The trace as it stands; costs O(nodes + events), see {@link TraceBuilder#snapshot()}. */
    @Override
    public Trace snapshot() {
        synchronized (lock) {
            return builder.snapshot();
        }
    }

    /** Grows by one at every change: a viewer compares it with the version it last drew. */
    @Override
    public long version() {
        return version;
    }

    @Override
    public String name() {
        return name;
    }

    public int nodeCount() {
        synchronized (lock) {
            return builder.nodeCount();
        }
    }

    /** Says that nothing more will arrive: the solver said DONE, or its connection ended. */
    public void finish() {
        finished = true;
        synchronized (lock) {
            version++;
        }
    }

    @Override
    public boolean isFinished() {
        return finished;
    }

    /**
     * Records something wrong with the input; what arrived before and after it is kept. Only the
     * first {@value #MAX_PROBLEMS} are kept, so that a stream of broken frames cannot fill memory.
     */
    public void problem(String description) {
        synchronized (lock) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(description);
                version++;
            }
        }
    }

    @Override
    public List<String> problems() {
        synchronized (lock) {
            return List.copyOf(problems);
        }
    }
}
