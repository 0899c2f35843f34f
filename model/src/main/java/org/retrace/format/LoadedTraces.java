package org.retrace.format;

import java.util.List;
import org.retrace.model.Trace;

/**
 * What one file held.
 *
 * @param traces the traces, in file order; never empty
 * @param format the detected format's name, e.g. {@code retrace-jsonl} or {@code csv}
 * @param warnings what was odd but loadable (a truncated last line, an unknown status word)
 */
public record LoadedTraces(List<Trace> traces, String format, List<String> warnings) {
    public LoadedTraces {
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("a loaded file holds at least one trace");
        }
        traces = List.copyOf(traces);
        warnings = List.copyOf(warnings);
    }

    /** The first trace, which is the only one in most files. */
    public Trace first() {
        return traces.get(0);
    }
}
