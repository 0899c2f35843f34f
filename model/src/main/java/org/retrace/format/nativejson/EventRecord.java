package org.retrace.format.nativejson;

/**
 * The fields of an event line that a node record has no place for. A line is read into a
 * {@link org.retrace.format.NodeRecord} (id, status, text, time, metrics, attributes) and one of
 * these, because its {@code "ev"} may come last.
 */
final class EventRecord {
    String ev;
    String trace;
    String from;
    String to;
    double incumbent = Double.NaN;
    double bestBound = Double.NaN;

    void clear() {
        ev = null;
        trace = null;
        from = null;
        to = null;
        incumbent = Double.NaN;
        bestBound = Double.NaN;
    }
}
