package org.retrace.format.cot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;
import org.retrace.model.TraceBuilder;
import org.retrace.model.TraceInfo;

/**
 * Turns a chain of thought's steps into a tree of attempts, in the order they were written:
 * <ul>
 * <li>a continuing, verifying or concluding step is a child of the step before;</li>
 * <li>a backtrack returns to an earlier step on the current line and the new line starts under
 * it, and a branch starts a new alternative the same way. Where to, in this order: the step it
 * names ("going back to step 2"); the first step, the setting out, when it says it starts over
 * ("from the beginning"); the step where an equation it restates was written (before that step
 * when the text calls it wrong); the latest step that worked out a number its first equation
 * uses ("16 * 6 = 96" builds on "8 + 8 = 16"); else where the current attempt began. The first
 * step sets out the problem, so the first attempt begins after it. The link says which rule
 * decided: {@code explicit: ...} or {@code inferred: ...}, so that the user sees what was
 * guessed;</li>
 * <li>the step a backtrack leaves fails (abandoned), or, when checks led to the backtrack, the step
 * they checked; a step a branch leaves is set aside, not failed, for the text does not call it
 * wrong; the answer the model gave after its reasoning
 * is the solution, one node after the last step; without one, the deepest concluding step on the
 * line the text ends on is the solution, and a text whose last line concludes nothing ends open at
 * its last step.</li>
 * </ul>
 * Offsets in the trace ({@code sourceRange}, {@code cueRange}) count Unicode characters (code
 * points) of the reasoning, as the native format's {@code source} does.
 */
public final class AttemptTree {
    /** "step 2", "Step 2:", "第2步" */
    private static final Pattern STEP_REFERENCE = Pattern.compile("(?i)\\bstep\\s+(\\d{1,6})\\b|第\\s*(\\d{1,6})\\s*步");
    private static final Pattern STARTS_OVER = Pattern.compile("(?i)start(?:ing)? over|from (?:the )?(?:beginning|"
            + "start|scratch|the top)|back to the (?:beginning|start|question)|重新开始|从头");
    private static final Pattern CALLED_WRONG = Pattern.compile(
            "(?i)wrong|mistake|incorrect|error|not right|doesn't|does not|isn't|is not|can't|不对|错");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final int LABEL_LENGTH = 48;
    private static final int ANSWER_LENGTH = 80;

    private AttemptTree() {
    }

    /**
     * The trace of {@code reasoning}'s steps, named {@code name}; {@code question}, when not
     * empty, is the root's text. Costs O(steps x depth).
     */
    public static Trace build(String name, String question, String reasoning, List<Step> steps,
            Map<String, Object> header) {
        return build(name, question, reasoning, steps, header, "");
    }

    /**
     * As {@link #build(String, String, String, List, Map)}, with the answer the model gave after its
     * reasoning, when not empty: one solution node after the last step, and the trace's
     * {@code answer} attribute.
     */
    public static Trace build(String name, String question, String reasoning, List<Step> steps,
            Map<String, Object> header, String answer) {
        Map<String, Object> attributes = new LinkedHashMap<>(header);
        if (!answer.isBlank()) {
            attributes.put("answer", answer.length() <= ANSWER_LENGTH ? answer
                    : answer.substring(0, ANSWER_LENGTH - 1) + "\u2026");
        }
        TraceBuilder builder = new TraceBuilder(new TraceInfo(name, "chain of thought", reasoning, attributes));
        new Growth(builder, reasoning).grow(question, steps, answer);
        return builder.build();
    }

    private static final class Growth {
        private final TraceBuilder builder;
        private final String reasoning;
        /**
         * By node index, the step's kind. Nodes are made one per step in text order, so a node's
         * index is its step's number (0 for the question).
         */
        private final List<CueKind> kinds = new ArrayList<>();
        private int current;
        private int attemptStart = -1;

        Growth(TraceBuilder builder, String reasoning) {
            this.builder = builder;
            this.reasoning = reasoning;
        }

        void grow(String question, List<Step> steps, String answer) {
            String rootLabel = question.isBlank() ? "start" : shorten(question);
            current = builder.addNode("start", -1, "question", NodeStatus.EXPANDED, rootLabel,
                    question.isBlank() ? null : question, Double.NaN);
            kinds.add(CueKind.CONTINUE);
            builder.visit(current, Double.NaN);
            for (int i = 0; i < steps.size(); i++) {
                add(steps.get(i), i + 1);
            }
            if (!answer.isBlank()) {
                int answerNode = builder.addNode("answer", current, "answer", NodeStatus.OPEN, shorten(answer),
                        answer, Double.NaN);
                kinds.add(CueKind.CONCLUDE);
                markExpanded(current);
                builder.visit(answerNode, Double.NaN);
                builder.solution(answerNode, Double.NaN);
                return;
            }
            int conclusion = conclusionOnFinalLine();
            if (conclusion >= 0) {
                builder.solution(conclusion, Double.NaN);
            } else if (current != 0) {
                // The text stopped here (cut off, or out of tokens): its last step is not known to be
                // wrong, so it stays open, where the search was when it stopped.
                builder.setEventAttribute(builder.eventCount() - 1, "narration",
                        "The text ends without stating an answer.");
            }
        }

        private void add(Step step, int number) {
            CueKind kind = step.kind();
            int parent = current;
            String link = null;
            if (kind == CueKind.BRANCH || kind == CueKind.BACKTRACK) {
                Target target = target(step, kind);
                parent = target.node();
                link = target.link();
                if (parent != current) {
                    leave(kind);
                    builder.backtrack(current, parent, Double.NaN);
                    builder.setEventAttribute(builder.eventCount() - 1, "narration", capitalised(kind.wireName())
                            + " (\"" + step.cue().phrase() + "\"): back to " + describe(parent) + "; " + link + ".");
                }
            }
            String text = step.text(reasoning);
            int node = builder.addNode("s" + number, parent, kindName(kind), NodeStatus.OPEN, shorten(text), text,
                    Double.NaN);
            kinds.add(kind);
            builder.setSourceRange(node, codePoints(step.start()), codePoints(step.end()));
            if (step.cue() != null) {
                builder.setAttribute(node, "cue", step.cue().phrase());
                builder.setAttribute(node, "cueRange", List.of((long) codePoints(step.cue().start()),
                        (long) codePoints(step.cue().end())));
            }
            if (link != null) {
                builder.setAttribute(node, "link", link);
                builder.setAttribute(node, "returnsTo", builder.id(parent));
            }
            builder.visit(node, Double.NaN);
            markExpanded(parent);
            if (kind == CueKind.BRANCH || kind == CueKind.BACKTRACK || attemptStart < 0 && number > 1) {
                attemptStart = node;
            }
            current = node;
        }

        /**
         * Leaves the current line for a branch or backtrack. A branch sets the last step aside: the
         * text does not call it wrong. A backtrack abandons the step it calls wrong: the last one, or,
         * when the last steps checked an earlier one and found it wrong, that checked step, while the
         * checks that found the error stay sound.
         */
        private void leave(CueKind kind) {
            if (current == 0) {
                return;
            }
            if (kind == CueKind.BRANCH) {
                if (builder.currentStatus(current) == NodeStatus.OPEN) {
                    markExpanded(current);
                    builder.setEventAttribute(builder.eventCount() - 1, "narration",
                            "Step " + current + " is set aside; the text does not call it wrong.");
                }
                return;
            }
            int wrong = current;
            while (kinds.get(wrong) == CueKind.VERIFY && builder.parent(wrong) > 0) {
                markExpanded(wrong);
                wrong = builder.parent(wrong);
            }
            builder.status(wrong, NodeStatus.FAILED, Double.NaN);
            builder.setEventAttribute(builder.eventCount() - 1, "narration", wrong == current
                    ? "Step " + wrong + " is abandoned." : "Step " + wrong + " is abandoned: the check below it found it wrong.");
        }

        /**
         * The deepest concluding step on the line the text ends on, or -1: a conclusion the text
         * later backed away from is not its answer.
         */
        private int conclusionOnFinalLine() {
            for (int node = current; node > 0; node = builder.parent(node)) {
                if (kinds.get(node) == CueKind.CONCLUDE) {
                    return node;
                }
            }
            return -1;
        }

        private void markExpanded(int node) {
            if (node != 0 && builder.currentStatus(node) == NodeStatus.OPEN) {
                builder.status(node, NodeStatus.EXPANDED, Double.NaN);
            }
        }

        /** Where a branch or backtrack returns to, and how that was decided. */
        private record Target(int node, String link) {
        }

        private Target target(Step step, CueKind kind) {
            String text = step.text(reasoning);
            Matcher reference = STEP_REFERENCE.matcher(text);
            if (reference.find()) {
                int wanted = Integer.parseInt(reference.group(1) != null ? reference.group(1) : reference.group(2));
                int named = stepNamed(wanted);
                if (named >= 0) {
                    return new Target(named, "explicit: names step " + wanted);
                }
            }
            if (STARTS_OVER.matcher(text).find()) {
                int setup = setup();
                if (setup != current) {
                    return new Target(setup, "explicit: starts over from the setting out");
                }
            }
            List<Equation> equations = Equation.in(text);
            List<Integer> line = new ArrayList<>();
            List<String> lineTexts = new ArrayList<>();
            for (int node = current; node > 0 && !equations.isEmpty(); node = builder.parent(node)) {
                line.add(node);
                lineTexts.add(normalise(builder.text(node)));
            }
            for (Equation equation : equations) {
                String restated = normalise(equation.whole());
                for (int i = 0; i < line.size(); i++) {
                    if (lineTexts.get(i).contains(restated)) {
                        int node = line.get(i);
                        boolean wrong = CALLED_WRONG.matcher(text).find();
                        int target = wrong ? builder.parent(node) : node;
                        if (target != current) {
                            return new Target(target, "explicit: restates '" + equation.whole().strip() + "' from step "
                                    + node + (wrong ? ", called wrong, so back to before it" : ""));
                        }
                    }
                }
            }
            String firstEquation = equations.isEmpty() ? null : equations.get(0).left();
            if (firstEquation != null) {
                Target builtOn = builtOn(firstEquation);
                if (builtOn != null) {
                    return builtOn;
                }
            }
            int start = attemptStart < 0 ? setup() : builder.parent(attemptStart);
            return new Target(start, "inferred: no step named, so back to where the current attempt began");
        }

        /** The latest step on the current line whose equations give one of {@code expression}'s numbers. */
        private Target builtOn(String expression) {
            Matcher number = NUMBER.matcher(expression);
            List<String> operands = new ArrayList<>();
            while (number.find()) {
                operands.add(number.group());
            }
            for (int node = current; node > 0; node = builder.parent(node)) {
                for (Equation result : Equation.in(builder.text(node))) {
                    if (operands.contains(result.right().replaceAll("[.,]$", ""))) {
                        return new Target(node, "explicit: builds on " + result.right() + " from step " + node);
                    }
                }
            }
            return null;
        }

        /** The first step, where the text sets out the problem, when it is on the current line; else the root. */
        private int setup() {
            for (int node = current; node > 0; node = builder.parent(node)) {
                if (builder.parent(node) == 0) {
                    return node;
                }
            }
            return 0;
        }

        /**
         * The step on the current line that the text labels "Step N", else the N-th step of the
         * current line; -1 when there is neither.
         */
        private int stepNamed(int wanted) {
            Pattern label = Pattern.compile("(?i)^\\W*step\\s+" + wanted + "\\b|^\\W*第\\s*" + wanted + "\\s*步");
            List<Integer> line = new ArrayList<>();
            for (int node = current; node > 0; node = builder.parent(node)) {
                line.add(0, node);
                if (label.matcher(builder.text(node)).find()) {
                    return node;
                }
            }
            return wanted >= 1 && wanted <= line.size() && line.get(wanted - 1) != current ? line.get(wanted - 1) : -1;
        }

        private String describe(int node) {
            return node == 0 ? "the question" : "step " + node;
        }

        private int codePoints(int utf16) {
            return reasoning.codePointCount(0, utf16);
        }
    }

    private static String kindName(CueKind kind) {
        return kind == CueKind.CONTINUE ? "step" : kind.wireName();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").replace('×', '*').replace('÷', '/')
                .toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_LENGTH ? line : line.substring(0, LABEL_LENGTH - 1) + "\u2026";
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
