package org.retrace.format.cot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's output split into its reasoning and its answer: {@code <Thought>...</Thought>} then
 * {@code <Output>...</Output>} (Marco-o1), {@code <think>...</think>} then the answer (DeepSeek-R1
 * and its distills, whose output often lacks the opening tag, which the chat template wrote),
 * Ollama's {@code Thinking...} then {@code ...done thinking.}, or reasoning that ends in a "Final
 * Answer" section. The answer is one
 * solution, never cut into steps nor read for cues; empty when the output has none.
 */
record ReasoningParts(String reasoning, String answer) {
    private static final Pattern THOUGHT = Pattern.compile("(?s)<Thought>(.*?)(?:</Thought>(.*)|$)");
    private static final Pattern OUTPUT = Pattern.compile("(?s)<Output>(.*?)(?:</Output>|$)");
    private static final Pattern THINK = Pattern.compile("(?s)<think>(.*?)(?:</think>(.*)|$)");
    private static final Pattern THINK_END = Pattern.compile("(?s)^(.*?)</think>(.*)$");
    private static final Pattern OLLAMA = Pattern.compile("(?s)^\\s*Thinking\\.\\.\\.\\R(.*?)(?:\\R\\.\\.\\.done thinking\\.(.*)|$)");
    /** A heading or line that opens the answer: "**Final Answer**", "Final answer:", "### Answer". */
    private static final Pattern FINAL_ANSWER = Pattern.compile(
            "(?im)^[ \\t#*>_-]*(?:final answer[\\s*_]*:?|answer[\\s*_]*:)");

    static ReasoningParts of(String text) {
        Matcher thought = THOUGHT.matcher(text);
        if (thought.find()) {
            String after = thought.group(2) == null ? "" : thought.group(2);
            Matcher output = OUTPUT.matcher(after);
            return new ReasoningParts(thought.group(1), (output.find() ? output.group(1) : after).strip());
        }
        Matcher think = THINK.matcher(text);
        if (think.find()) {
            return new ReasoningParts(think.group(1), think.group(2) == null ? "" : think.group(2).strip());
        }
        Matcher thinkEnd = THINK_END.matcher(text);
        if (thinkEnd.find()) {
            return new ReasoningParts(thinkEnd.group(1), thinkEnd.group(2).strip());
        }
        Matcher ollama = OLLAMA.matcher(text);
        if (ollama.find()) {
            return new ReasoningParts(ollama.group(1), ollama.group(2) == null ? "" : ollama.group(2).strip());
        }
        Matcher finalAnswer = FINAL_ANSWER.matcher(text);
        int last = -1;
        while (finalAnswer.find()) {
            last = finalAnswer.start();
        }
        if (last > 0) {
            return new ReasoningParts(text.substring(0, last), text.substring(last).strip());
        }
        return new ReasoningParts(text, "");
    }
}
