package org.retrace.live;

import java.io.IOException;
import java.util.List;
import org.retrace.model.Trace;

/** A trace that may still grow, that a view redraws from snapshots: a solver's connection or a followed file. */
public interface LiveSource {
    /** What the view calls the source. */
    String name();

    /** Changes whenever there may be something new; cheap, so a view may ask every frame. */
    long version() throws IOException;

    /** The trace as it stands now; may cost a read of the whole source, so a view takes one now and then. */
    Trace snapshot() throws IOException;

    /** What went wrong with the input so far; the rest of it is kept. */
    List<String> problems();

    /** True once nothing more can arrive. */
    boolean isFinished();
}
