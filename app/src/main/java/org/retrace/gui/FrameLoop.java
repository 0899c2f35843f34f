package org.retrace.gui;

import javafx.animation.AnimationTimer;
import org.retrace.gui.memory.MemoryView;
import org.retrace.gui.replay.ReplayController;
import org.retrace.gui.replay.TimelineBar;
import org.retrace.gui.tree.TreeCanvasView;

/**
 * The window's one animation timer: each frame advances the replay, then redraws the tree, the
 * memory view and the timeline, each only if something it shows changed since the last frame.
 */
final class FrameLoop extends AnimationTimer {
    private final ReplayController replay;
    private final TreeCanvasView treeView;
    private final MemoryView memoryView;
    private final TimelineBar timelineBar;

    FrameLoop(ReplayController replay, TreeCanvasView treeView, MemoryView memoryView, TimelineBar timelineBar) {
        this.replay = replay;
        this.treeView = treeView;
        this.memoryView = memoryView;
        this.timelineBar = timelineBar;
    }

    @Override
    public void handle(long now) {
        replay.onFrame(now);
        if (treeView.drawIfNeeded()) {
            memoryView.markDirty();
        }
        memoryView.drawIfNeeded();
        timelineBar.drawIfNeeded();
    }
}
