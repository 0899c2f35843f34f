package org.retrace.format.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The hostile variants of one input the fuzz test reads: cut short, bytes flipped, a part
 * repeated, numbers made huge or negative, nesting far deeper than any trace, one token of 300,000
 * characters, bytes that are not UTF-8, nothing at all. Deterministic: the same input gives the
 * same variants, so that a failure can be reproduced.
 */
final class Mutations {
    private static final int DEEP = 100_000;
    private static final int LONG_TOKEN = 300_000;

    private Mutations() {
    }

    /** The variants of {@code input}, by name. */
    static Map<String, byte[]> of(byte[] input, long seed) {
        Map<String, byte[]> variants = new LinkedHashMap<>();
        Random random = new Random(seed);
        int length = input.length;
        variants.put("empty", new byte[0]);
        variants.put("first line only", Arrays.copyOf(input, lineEnd(input, 0)));
        variants.put("cut at half", Arrays.copyOf(input, length / 2));
        variants.put("cut at 90%", Arrays.copyOf(input, length * 9 / 10));
        variants.put("last byte cut", Arrays.copyOf(input, Math.max(0, length - 1)));
        byte[] flipped = input.clone();
        for (int i = 0; i < 8 && length > 0; i++) {
            flipped[random.nextInt(length)] ^= (byte) (1 + random.nextInt(255));
        }
        variants.put("8 bytes flipped", flipped);
        variants.put("middle third repeated", concat(Arrays.copyOf(input, length * 2 / 3),
                Arrays.copyOfRange(input, length / 3, length)));
        int second = lineEnd(input, 0);
        variants.put("second line repeated", concat(Arrays.copyOf(input, lineEnd(input, second)),
                Arrays.copyOfRange(input, second, length)));
        variants.put("numbers huge", replaceNumbers(input, "99999999999999999999999999999"));
        variants.put("numbers negative", replaceNumbers(input, "-1"));
        variants.put("numbers 1e308", replaceNumbers(input, "1e308"));
        variants.put("nested brackets", insert(input, 0, "[".repeat(DEEP)));
        variants.put("nested braces", insert(input, Math.max(0, indexOf(input, '{') + 1), "{".repeat(DEEP)));
        variants.put("nested tags", insert(input, lineEnd(input, 0), "<a>".repeat(DEEP / 3)));
        variants.put("long token", insert(input, lineEnd(input, length / 2), "7".repeat(LONG_TOKEN)));
        variants.put("long word", insert(input, lineEnd(input, length / 3), "x".repeat(LONG_TOKEN) + " "));
        byte[] notUtf8 = input;
        for (int i = 0; i < 3; i++) {
            notUtf8 = insertBytes(notUtf8, random.nextInt(notUtf8.length + 1), new byte[] {(byte) 0xFF, (byte) 0xC0});
        }
        variants.put("not UTF-8", notUtf8);
        return variants;
    }

    /** The index just after the line that holds {@code from}, or the end. */
    private static int lineEnd(byte[] input, int from) {
        for (int i = Math.max(0, from); i < input.length; i++) {
            if (input[i] == '\n') {
                return i + 1;
            }
        }
        return input.length;
    }

    private static int indexOf(byte[] input, char wanted) {
        for (int i = 0; i < input.length; i++) {
            if (input[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Every run of digits, up to 200 of them, replaced by {@code number}. */
    private static byte[] replaceNumbers(byte[] input, String number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 1024);
        byte[] replacement = number.getBytes(StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i < input.length; i++) {
            if (replaced < 200 && Character.isDigit(input[i])) {
                while (i + 1 < input.length && Character.isDigit(input[i + 1])) {
                    i++;
                }
                out.writeBytes(replacement);
                replaced++;
            } else {
                out.write(input[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] insert(byte[] input, int at, String text) {
        return insertBytes(input, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] insertBytes(byte[] input, int at, byte[] inserted) {
        byte[] out = new byte[input.length + inserted.length];
        System.arraycopy(input, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(input, at, out, at + inserted.length, input.length - at);
        return out;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }
}
