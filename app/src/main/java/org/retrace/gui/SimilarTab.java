package org.retrace.gui;

import java.util.BitSet;
import javafx.scene.control.Tab;
import org.retrace.gui.similar.SimilarSubtreesView;
import org.retrace.gui.similar.SimilarSubtreesView.Occurrence;
import org.retrace.model.Trace;

/**
 * The Similar subtrees tab: the shapes that repeat in the trace on display. Showing an occurrence
 * lights up all of its shape's occurrences in the tree, selects and centres the one asked for, and
 * moves the replay on until that one is whole if it is not yet.
 */
final class SimilarTab {
    private final SimilarSubtreesView view = new SimilarSubtreesView();
    private final Tab tab = new Tab("Similar subtrees", view);
    private final TraceViews views;

    SimilarTab(TraceViews views) {
        this.views = views;
        tab.setId("similar-tab");
        views.addTab(tab);
        tab.setOnSelectionChanged(event -> {
            if (tab.isSelected()) {
                view.show(views.trace());
            }
        });
        view.setOnShow(this::showInTree);
    }

    private void showInTree(Occurrence occurrence) {
        Trace trace = views.trace();
        int root = occurrence.group().root(occurrence.index());
        int lastNode = occurrence.analysis().nodesUnder(root).length() - 1;
        if (lastNode >= views.treeView().scene().state().nodeCount()) {
            views.replay().seek(trace.createdAt(lastNode) + 1);
        }
        BitSet lit = occurrence.analysis().nodesOf(occurrence.group());
        views.showMatches(lit);
        views.select(root);
        views.showTree();
        views.treeView().centreOn(root);
    }
}
