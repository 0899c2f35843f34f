package org.retrace.gui;

import java.util.BitSet;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.retrace.navigation.TreeNavigation;
import org.retrace.navigation.TreeNavigation.Move;
import org.retrace.render.ShownTrace;

/**
 * Moving the selection through the tree with Alt and a key: Up the parent, Down the first child,
 * Left and Right the siblings, Home the root, S the next solution (Shift: the previous), X the next
 * failure, and P marks the path from the root to the selected node. The node moved to is
 * selected and centred; only nodes the replay has created count.
 */
final class NavigationKeys {
    private final TraceViews views;

    NavigationKeys(TraceViews views) {
        this.views = views;
    }

    /** Handles {@code event} when it is one of these keys, consuming it. */
    void handle(KeyEvent event) {
        ShownTrace shown = views.treeView().shown();
        if (!event.isAltDown() || event.getTarget() instanceof TextInputControl || shown == null) {
            return;
        }
        Move move = switch (event.getCode()) {
            case UP -> Move.PARENT;
            case DOWN -> Move.FIRST_CHILD;
            case RIGHT -> Move.NEXT_SIBLING;
            case LEFT -> Move.PREVIOUS_SIBLING;
            case HOME -> Move.ROOT;
            case S -> event.isShiftDown() ? Move.PREVIOUS_SOLUTION : Move.NEXT_SOLUTION;
            case X -> Move.NEXT_FAILURE;
            default -> null;
        };
        int selected = shown.scene().selected();
        if (move != null) {
            int target = TreeNavigation.move(shown.trace(), shown.scene().state(), selected, move);
            if (target >= 0) {
                views.select(target);
                views.treeView().centreOn(target);
            }
            event.consume();
        } else if (event.getCode() == KeyCode.P && selected >= 0) {
            BitSet path = new BitSet();
            for (int node : shown.trace().pathFromRoot(selected)) {
                path.set(node);
            }
            shown.scene().setMatches(path);
            views.treeView().markDirty();
            event.consume();
        }
    }
}
