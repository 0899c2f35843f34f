package org.retrace.format.vbc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.retrace.model.NodeStatus;

/**
 * What VBCTOOL colour numbers mean. The format leaves that to each writer, so a preset per writer
 * says it, as the writer's source defines it, and the reader picks the preset by the writer's
 * marks in the file.
 */
enum VbcPreset {
    /**
     * SCIP (type_visual.h): 3 new, 2 solved, 11 and 12 being (re)propagated, 4 cut off, 15
     * conflict, 14 solution found at the node. ABACUS's new-node blue (5) and the Minotaur and
     * pycombina colours that do not clash with SCIP's (6 fathomed, 8 selected, 9 solved, 13
     * infeasible) are read too, as no file tells those writers apart from SCIP.
     */
    SCIP("SCIP", Map.ofEntries(Map.entry(2, "solved"), Map.entry(3, "new"), Map.entry(4, "cut off"),
            Map.entry(5, "new (ABACUS)"), Map.entry(6, "fathomed (Minotaur)"), Map.entry(8, "selected (Minotaur)"),
            Map.entry(9, "solved (Minotaur)"), Map.entry(11, "marked for repropagation"),
            Map.entry(12, "repropagated"), Map.entry(13, "infeasible (Minotaur)"),
            Map.entry(14, "solution found"), Map.entry(15, "conflict found"))) {
        @Override
        NodeStatus status(int color) {
            return switch (color) {
                case 3, 5 -> NodeStatus.OPEN;
                case 2, 8, 9, 11, 12 -> NodeStatus.EXPANDED;
                case 4, 6, 13, 15 -> NodeStatus.FAILED;
                case 14 -> NodeStatus.SOLUTION;
                default -> NodeStatus.UNKNOWN;
            };
        }

        @Override
        boolean meansProcessing(int color) {
            return color != 3 && color != 5;
        }
    },

    /**
     * SYMPHONY (sym_constants.h, VBC section): 1 interior, 2 pruned, 3 active, 4 candidate, 5
     * feasible solution found, 6 pruned infeasible, 7 pruned by bound. When the last child of a
     * node is pruned, SYMPHONY paints the node itself with that child's colour too
     * ({@code purge_pruned_nodes} calls itself on the parent); such a paint of a node with children
     * says nothing new about the node and leaves it as it was.
     */
    SYMPHONY("SYMPHONY", Map.of(1, "interior", 2, "pruned", 3, "active", 4, "candidate", 5, "feasible solution found",
            6, "pruned, infeasible", 7, "pruned by bound", 8, "ignored")) {
        @Override
        NodeStatus status(int color) {
            return switch (color) {
                case 1 -> NodeStatus.EXPANDED;
                case 2, 7 -> NodeStatus.PRUNED;
                case 3, 4 -> NodeStatus.OPEN;
                case 5 -> NodeStatus.SOLUTION;
                case 6 -> NodeStatus.FAILED;
                default -> NodeStatus.UNKNOWN;
            };
        }

        @Override
        boolean meansProcessing(int color) {
            return color != 4 && color != 8;
        }

        @Override
        boolean paintsPrunedSubtrees() {
            return true;
        }
    };

    private final String writer;
    private final Map<Integer, String> meanings;

    VbcPreset(String writer, Map<Integer, String> meanings) {
        this.writer = writer;
        this.meanings = meanings;
    }

    /** The status a node of this colour has. */
    abstract NodeStatus status(int color);

    /** True for colours a solver paints a node with while working on it, which moves the cursor there. */
    abstract boolean meansProcessing(int color);

    /** True when the writer repaints a node whose subtree was pruned, with the subtree's colour. */
    boolean paintsPrunedSubtrees() {
        return false;
    }

    /**
     * The preset as the trace's {@code colours} attribute: the writer and each colour's meaning, for
     * the details panel to say what a node's colour means and whose convention it follows.
     */
    Map<String, Object> describe() {
        Map<String, Object> byNumber = new LinkedHashMap<>();
        meanings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> byNumber.put(Integer.toString(entry.getKey()), entry.getValue()));
        return Map.of("preset", writer, "meanings", byNumber);
    }
}
