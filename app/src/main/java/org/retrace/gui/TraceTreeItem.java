package org.retrace.gui;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.retrace.model.Trace;

/** A tree node of the outline view whose children are made only when it is first expanded. */
final class TraceTreeItem extends TreeItem<Integer> {
    private final Trace trace;
    private boolean childrenMade;

    TraceTreeItem(Trace trace, int node) {
        super(node);
        this.trace = trace;
    }

    @Override
    public boolean isLeaf() {
        return trace.isLeaf(getValue());
    }

    @Override
    public ObservableList<TreeItem<Integer>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            for (int child : trace.children(getValue())) {
                super.getChildren().add(new TraceTreeItem(trace, child));
            }
        }
        return super.getChildren();
    }
}
