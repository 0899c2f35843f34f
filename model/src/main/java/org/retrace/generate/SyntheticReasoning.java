package org.retrace.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic chains of thought, as a JSON Lines dataset: each record a question, a long
 * reasoning that tries sums, goes back ("Wait, that's not right"), opens alternatives and checks
 * itself, and the record's own fields (id, model, correct). For measuring datasets of a size no
 * fixture has; the words are invented, the shape is that of real traces (about 5 KB a record).
 */
public final class SyntheticReasoning {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENTENCES = 60;

    private SyntheticReasoning() {
    }

    /** Writes {@code records} records to {@code out}, the same for the same {@code seed}; costs O(records). */
    public static void write(OutputStream out, int records, long seed) throws IOException {
        if (records < 1) {
            throw new IllegalArgumentException("a dataset needs at least 1 record, found " + records);
        }
        Random random = new Random(seed);
        for (int record = 1; record <= records; record++) {
            int target = 10 + random.nextInt(90);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("id", String.format("gen-%06d", record));
            fields.put("model", random.nextBoolean() ? "synthetic-a" : "synthetic-b");
            fields.put("correct", random.nextInt(3) > 0);
            fields.put("question", "Using 3, 4, 6 and 8 once each, with + - * /, make " + target + ".");
            fields.put("reasoning", reasoning(random, target));
            out.write(JSON.writeValueAsBytes(fields));
            out.write('\n');
        }
    }

    private static String reasoning(Random random, int target) {
        StringBuilder text = new StringBuilder("Okay, let me think about how to reach ").append(target).append(". ");
        for (int sentence = 0; sentence < SENTENCES; sentence++) {
            int a = 1 + random.nextInt(20);
            int b = 1 + random.nextInt(20);
            switch (random.nextInt(10)) {
                case 0 -> text.append("Wait, that's not right: ").append(a).append(" and ").append(b)
                        .append(" cannot both be used there. ");
                case 1 -> text.append("Alternatively, I could start from ").append(a * b).append(" and work down. ");
                case 2 -> text.append("Let me check: ").append(a).append(" + ").append(b).append(" = ")
                        .append(a + b).append(", which is what I had. ");
                default -> text.append("Then ").append(a).append(" times ").append(b).append(" gives ")
                        .append(a * b).append(", and taking ").append(b).append(" away leaves ").append(a * b - b)
                        .append(", still short of the target. ");
            }
            if (sentence % 8 == 7) {
                text.append("\n\n");
            }
        }
        return text.append("So the answer is ").append(target).append('.').toString();
    }
}
