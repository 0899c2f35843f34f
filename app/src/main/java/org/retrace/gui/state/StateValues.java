package org.retrace.gui.state;

import java.util.List;
import java.util.Map;
import org.retrace.demo.DemoRecorder;
import org.retrace.model.Trace;

/** Reads a demo node's state as the painters need it, whatever number types the trace holds. */
final class StateValues {
    private StateValues() {
    }

    static Object state(Trace trace, int node) {
        return trace.attributes(node).get(DemoRecorder.STATE);
    }

    static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    static int[] ints(Object value) {
        if (!(value instanceof List<?> list)) {
            return new int[0];
        }
        int[] ints = new int[list.size()];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = list.get(i) instanceof Number number ? number.intValue() : 0;
        }
        return ints;
    }

    static int integer(Object value, int otherwise) {
        return value instanceof Number number ? number.intValue() : otherwise;
    }
}
