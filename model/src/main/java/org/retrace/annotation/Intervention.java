package org.retrace.annotation;

import java.util.Objects;

/**
 * A step written to replace a recorded one: the corrected step of a single-step intervention. It
 * becomes a new child of the replaced node's parent; the recorded trace stays as it was.
 *
 * @param nodeId the id of the recorded node it replaces
 * @param text the replacement step's text
 */
public record Intervention(String nodeId, String text) {
    public Intervention {
        Objects.requireNonNull(nodeId, "nodeId");
        text = Objects.requireNonNullElse(text, "");
    }
}
