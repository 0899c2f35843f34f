package org.retrace.format.vbc;

import org.retrace.model.NodeStatus;

/**
 * What VBCTOOL colour numbers mean, in SCIP's convention (type_visual.h), which the real files
 * follow: 3 new, 2 solved, 11 and 12 being (re)propagated, 4 cut off, 15 conflict, 14 solution.
 * ABACUS's new-node blue (5) and the Minotaur/pycombina colours that do not clash with SCIP's
 * (6 fathomed, 8 selected, 9 solved, 13 infeasible) are read too. Other colours load as unknown
 * and keep their number as the node's {@code color} attribute.
 */
final class VbcColors {
    static final int SOLUTION = 14;

    private VbcColors() {
    }

    static NodeStatus status(int color) {
        return switch (color) {
            case 3, 5 -> NodeStatus.OPEN;
            case 2, 8, 9, 11, 12 -> NodeStatus.EXPANDED;
            case 4, 6, 13, 15 -> NodeStatus.FAILED;
            case SOLUTION -> NodeStatus.SOLUTION;
            default -> NodeStatus.UNKNOWN;
        };
    }

    /** True for colours a solver paints a node with while working on it, which moves the cursor there. */
    static boolean meansProcessing(int color) {
        return color != 3 && color != 5;
    }
}
