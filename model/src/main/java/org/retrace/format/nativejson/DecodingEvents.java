package org.retrace.format.nativejson;

import java.util.Map;
import java.util.Set;
import org.retrace.decoding.DecodingTrace;
import org.retrace.model.TraceBuilder;

/**
 * The native format's events for a diffusion language model's decoding, so that a sampler can log
 * what each step does: {@code sequence} (its {@code length}, and the {@code mask} token), then
 * {@code unmask} and {@code replace} (a {@code pos}, its {@code token} and, if known, its
 * {@code confidence}) and {@code remask} (a {@code pos}), each at step {@code t}. They build the
 * same tree a saved history does ({@link DecodingTrace}).
 */
final class DecodingEvents {
    static final Set<String> NAMES = Set.of("sequence", "unmask", "replace", "remask");

    private final TraceBuilder builder;
    private DecodingTrace decoding;

    DecodingEvents(TraceBuilder builder) {
        this.builder = builder;
    }

    /** Applies the event {@code ev} with {@code fields} at step {@code time}; fails with what was wrong. */
    void apply(String ev, Map<String, Object> fields, double time) {
        int step = Double.isNaN(time) ? 0 : (int) time;
        if (ev.equals("sequence")) {
            if (decoding != null) {
                throw new IllegalArgumentException("a trace has one sequence event, before its other decoding events");
            }
            Object mask = fields.getOrDefault("mask", "[MASK]");
            decoding = new DecodingTrace(builder, whole(fields, "length", ev), String.valueOf(mask), step);
            return;
        }
        if (decoding == null) {
            throw new IllegalArgumentException("a " + ev + " event needs a sequence event before it, e.g. "
                    + "{\"ev\":\"sequence\",\"length\":64,\"mask\":\"[MASK]\"}");
        }
        int position = whole(fields, "pos", ev);
        switch (ev) {
            case "remask" -> decoding.remask(position, step);
            case "unmask", "replace" -> {
                Object token = fields.get("token");
                if (token == null) {
                    throw new IllegalArgumentException("a " + ev + " event needs \"token\"");
                }
                if (ev.equals("unmask") == decoding.holdsToken(position)) {
                    throw new IllegalArgumentException("position " + position + (ev.equals("unmask")
                            ? " holds a token already: use replace" : " is masked: use unmask"));
                }
                Object confidence = fields.get("confidence");
                decoding.decide(position, String.valueOf(token),
                        confidence instanceof Number number ? number.doubleValue() : Double.NaN, step, false);
            }
            default -> throw new IllegalStateException("not a decoding event: " + ev);
        }
    }

    private static int whole(Map<String, Object> fields, String field, String ev) {
        Object value = fields.get(field);
        if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())) {
            throw new IllegalArgumentException("a " + ev + " event needs \"" + field + "\", a whole number, found "
                    + value);
        }
        return number.intValue();
    }
}
