package org.retrace.memory;

/**
 * One caption of a hierarchical video memory.
 *
 * @param level 0 for the coarsest captions, one more for each finer level
 * @param start where the clip starts, in seconds of video
 * @param end where it ends
 * @param caption what the model wrote about the clip
 * @param instruction the question-specific instruction that produced it, or empty
 */
public record MemoryItem(int level, double start, double end, String caption, String instruction) {
}
