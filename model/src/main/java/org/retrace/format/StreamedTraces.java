package org.retrace.format;

import java.util.List;

/**
 * What reading a file one trace at a time found, besides the traces themselves: the format it was
 * read as, how many traces it held, and the warnings of a load.
 */
public record StreamedTraces(String format, int traces, List<String> warnings) {
    public StreamedTraces {
        warnings = List.copyOf(warnings);
    }
}
