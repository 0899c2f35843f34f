package org.retrace.demo.sat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrace.demo.Demo;
import org.retrace.demo.DemoRecorder;
import org.retrace.demo.DemoSettings;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

/**
 * Conflict-driven clause learning on a CNF formula: decide a variable, propagate unit clauses, and
 * on a conflict learn a clause by resolution back to the first unique implication point, then jump
 * back, over every level the conflict did not depend on, to where the learned clause forces a
 * literal. The tree has a node per decision and a node per literal a learned clause forces after a
 * backjump, so a non-chronological backjump is a visible climb over several levels. A node's state
 * is a map: {@code assignment} (the literals true, in the order they were set) and {@code decisions}
 * (the decided literals); each learned clause is the {@code learned} attribute of the node where it
 * forces its literal, so the clauses learned by a node's time are those of the nodes made before it.
 */
public final class Cdcl implements Demo {
    private static final Description DESCRIPTION = new Description("sat", "CDCL SAT solving with backjumping",
            "Decides, propagates unit clauses, learns a clause from each conflict and jumps back over the "
                    + "decisions the conflict did not depend on.",
            "number of variables", 3, 60, new DemoSettings(12, 4, 20_000, ""), List.of("cdcl"));

    @Override
    public Description description() {
        return DESCRIPTION;
    }

    @Override
    public Trace run(DemoSettings settings) {
        check(settings);
        return run(settings, Formula.random3Sat(settings.size(), settings.seed()), "random 3-SAT, "
                + settings.size() + " variables");
    }

    /** Solves {@code formula} (from a DIMACS file, say) under the settings' node limit; the size is not used. */
    public Trace run(DemoSettings settings, Formula formula, String description) {
        String variant = variants().get(0);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("variables", formula.variables());
        header.put("cnf", formula.clauses().stream().map(clause -> Arrays.stream(clause).boxed().toList()).toList());
        DemoRecorder recorder = new DemoRecorder(this, settings, variant, "CDCL on " + description + ", "
                + formula.clauses().size() + " clauses", "cdcl", header);
        new Solver(recorder, formula).run();
        return recorder.build();
    }

    private static final class Solver {
        private final DemoRecorder recorder;
        private final int variables;
        private final List<int[]> clauses;
        /** +1 true, -1 false, 0 unassigned, by variable. */
        private final int[] value;
        private final int[] level;
        /** The clause that forced each variable, or -1 for a decision. */
        private final int[] reason;
        private final List<Integer> trail = new ArrayList<>();
        private final List<Integer> decisions = new ArrayList<>();
        /** The tree node standing for each decision level, the last one made for it. */
        private final List<Integer> levelNodes = new ArrayList<>();

        Solver(DemoRecorder recorder, Formula formula) {
            this.recorder = recorder;
            this.variables = formula.variables();
            this.clauses = new ArrayList<>(formula.clauses());
            this.value = new int[variables + 1];
            this.level = new int[variables + 1];
            this.reason = new int[variables + 1];
        }

        void run() {
            int node = recorder.node(-1, "level 0", "start", state(), "Nothing is assigned yet: " + variables
                    + " variables, " + clauses.size() + " clauses.");
            levelNodes.add(node);
            recorder.visit(node, "Start: first propagate the unit clauses.");
            int conflict = propagate(node);
            recorder.attribute(node, DemoRecorder.STATE, state());
            while (true) {
                if (conflict >= 0) {
                    recorder.status(node, NodeStatus.FAILED, "Clause " + Formula.clause(clauses.get(conflict))
                            + " has every literal false: a conflict at level " + currentLevel() + ".");
                    if (currentLevel() == 0) {
                        recorder.note(-1, "The conflict needs no decision at all: the formula is unsatisfiable.");
                        return;
                    }
                    node = learnAndBackjump(conflict);
                    conflict = propagate(node);
                    recorder.attribute(node, DemoRecorder.STATE, state());
                    continue;
                }
                int variable = unassigned();
                if (variable < 0) {
                    recorder.solution(node, "Every variable is set and every clause is true: satisfiable, "
                            + model() + ".");
                    return;
                }
                if (recorder.full()) {
                    recorder.note(-1, "The node limit is reached: the search stops undecided.");
                    return;
                }
                recorder.status(node, NodeStatus.EXPANDED, "No clause forces anything more: decide.");
                decisions.add(variable);
                assign(variable, -1);
                int decided = recorder.node(node, "decision", Formula.literal(variable) + " @" + currentLevel(), null,
                        "Decide " + Formula.literal(variable) + " = true, opening decision level " + currentLevel()
                                + ".");
                levelNodes.add(decided);
                recorder.visit(decided, "Go down to level " + currentLevel() + " with " + Formula.literal(variable)
                        + ".");
                node = decided;
                conflict = propagate(node);
                recorder.attribute(node, DemoRecorder.STATE, state());
            }
        }

        /** Learns from {@code conflict}, jumps back and makes the node where the learned clause asserts; returns it. */
        private int learnAndBackjump(int conflict) {
            int[] learned = analyse(conflict);
            int asserting = learned[learned.length - 1];
            int target = 0;
            for (int i = 0; i < learned.length - 1; i++) {
                target = Math.max(target, level[Math.abs(learned[i])]);
            }
            int conflictLevel = currentLevel();
            clauses.add(learned);
            recorder.note(recorder.cursor(), "Learn " + Formula.clause(learned) + ": resolving the conflict back to its "
                    + "first unique implication point shows that " + Formula.literal(-asserting) + " cannot stand "
                    + "with the earlier choices.");
            undoAbove(target);
            int skipped = conflictLevel - 1 - target;
            recorder.backtrack(levelNodes.get(target), "Backjump from level " + conflictLevel + " to level " + target
                    + (skipped > 0 ? ", skipping " + skipped + (skipped == 1 ? " level" : " levels")
                    + " the conflict did not depend on." : ", the level the learned clause needs."));
            assign(asserting, clauses.size() - 1);
            int implied = recorder.node(levelNodes.get(target), "learned", Formula.literal(asserting) + " @" + target,
                    null, "The learned clause now forces " + Formula.literal(asserting) + " at level " + target + ".");
            recorder.attribute(implied, "learned", Arrays.stream(learned).boxed().toList());
            levelNodes.set(target, implied);
            recorder.visit(implied, "Continue at level " + target + " with " + Formula.literal(asserting) + ".");
            return implied;
        }

        /** First-UIP learning: resolve the conflict with reasons of current-level literals until one remains. */
        private int[] analyse(int conflict) {
            boolean[] seen = new boolean[variables + 1];
            List<Integer> learned = new ArrayList<>();
            int pending = 0;
            int[] clause = clauses.get(conflict);
            int index = trail.size() - 1;
            int uip;
            while (true) {
                for (int literal : clause) {
                    int variable = Math.abs(literal);
                    if (!seen[variable] && value[variable] != 0 && isFalse(literal)) {
                        seen[variable] = true;
                        if (level[variable] == currentLevel()) {
                            pending++;
                        } else if (level[variable] > 0) {
                            learned.add(literal);
                        }
                    }
                }
                while (!seen[Math.abs(trail.get(index))]) {
                    index--;
                }
                uip = trail.get(index);
                index--;
                seen[Math.abs(uip)] = false;
                pending--;
                if (pending == 0) {
                    break;
                }
                clause = clauses.get(reason[Math.abs(uip)]);
            }
            learned.add(-uip);
            return learned.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * Sets every literal that a clause forces, noting each round; returns the index of a clause
         * left with every literal false, or -1. Costs O(clauses x length) per round.
         */
        private int propagate(int node) {
            List<String> forced = new ArrayList<>();
            boolean changed = true;
            int conflict = -1;
            while (changed && conflict < 0) {
                changed = false;
                for (int c = 0; c < clauses.size() && conflict < 0; c++) {
                    int unassigned = 0;
                    int last = 0;
                    boolean satisfied = false;
                    for (int literal : clauses.get(c)) {
                        if (value[Math.abs(literal)] == 0) {
                            unassigned++;
                            last = literal;
                        } else if (!isFalse(literal)) {
                            satisfied = true;
                            break;
                        }
                    }
                    if (satisfied) {
                        continue;
                    }
                    if (unassigned == 0) {
                        conflict = c;
                    } else if (unassigned == 1) {
                        assign(last, c);
                        forced.add(Formula.literal(last) + " by " + Formula.clause(clauses.get(c)));
                        changed = true;
                    }
                }
            }
            if (!forced.isEmpty()) {
                recorder.note(node, "Unit propagation forces " + forced.size() + (forced.size() == 1 ? " literal: "
                        : " literals: ") + String.join("; ", forced.subList(0, Math.min(3, forced.size())))
                        + (forced.size() > 3 ? "; \u2026" : "") + ".");
            } else if (conflict < 0) {
                recorder.note(node, "Unit propagation forces nothing here.");
            }
            return conflict;
        }

        private void assign(int literal, int because) {
            int variable = Math.abs(literal);
            value[variable] = literal > 0 ? 1 : -1;
            level[variable] = currentLevel();
            reason[variable] = because;
            trail.add(literal);
        }

        private void undoAbove(int target) {
            while (decisions.size() > target) {
                int decided = decisions.remove(decisions.size() - 1);
                while (true) {
                    int literal = trail.remove(trail.size() - 1);
                    value[Math.abs(literal)] = 0;
                    if (Math.abs(literal) == decided) {
                        break;
                    }
                }
                levelNodes.remove(levelNodes.size() - 1);
            }
        }

        private int currentLevel() {
            return decisions.size();
        }

        private boolean isFalse(int literal) {
            int assigned = value[Math.abs(literal)];
            return assigned != 0 && (assigned > 0) != (literal > 0);
        }

        private int unassigned() {
            for (int variable = 1; variable <= variables; variable++) {
                if (value[variable] == 0) {
                    return variable;
                }
            }
            return -1;
        }

        private String model() {
            StringBuilder text = new StringBuilder();
            for (int variable = 1; variable <= variables; variable++) {
                text.append(variable == 1 ? "" : " ").append(Formula.literal(value[variable] > 0 ? variable : -variable));
            }
            return text.toString();
        }

        private Map<String, Object> state() {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("assignment", List.copyOf(trail));
            state.put("decisions", decisions.stream().toList());
            return state;
        }
    }
}
