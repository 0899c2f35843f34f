package org.retrace.render;

/**
 * A five-position decoding in LLaDA's style, for the Sequence view's tests: "sat" is decided at
 * step 2, taken back at step 3 and decided again at step 4 at position 2; "cat" is replaced by
 * "dog" at step 4.
 */
public final class LladaHistory {
    public static final String TEXT = """
            {"mask": "[MASK]", "steps": [
              ["The", "[MASK]", "[MASK]", "[MASK]", "."],
              ["The", "cat", "[MASK]", "[MASK]", "."],
              ["The", "cat", "sat", "[MASK]", "."],
              ["The", "cat", "[MASK]", "down", "."],
              ["The", "dog", "sat", "down", "."]]}
            """;

    private LladaHistory() {
    }
}
