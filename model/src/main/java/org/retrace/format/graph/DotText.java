package org.retrace.format.graph;

import java.util.Locale;
import org.retrace.format.TraceFormatException;

/**
 * Checks a DOT text before jgrapht-io's parser sees it. Nesting: the parser's cost grows far
 * faster than its input with nested braces (32,000 of them took 6 s, 64,000 over 95 s), while a
 * search tree needs none; braces inside quoted strings, HTML strings and comments do not count. A
 * quoted string that never closes: the parser reports it only as "-1". Costs O(text).
 */
final class DotText {
    /** The deepest nesting of { } a DOT file may have: a graph, its subgraphs and theirs. */
    static final int MAX_DEPTH = 64;
    /**
     * The largest DOT file read: jgrapht-io's parser keeps the whole file's parse tree, about 190
     * bytes of heap per byte of DOT (a 200,000-node chain of 3.8 MB took 5 s and 700 MB), so 4 MiB
     * stays under a gigabyte.
     */
    static final long MAX_BYTES = 4L << 20;

    private DotText() {
    }

    /** Refuses a DOT file larger than {@link #MAX_BYTES}, before it is read. */
    static void checkSize(long bytes, String file) throws TraceFormatException {
        if (bytes > MAX_BYTES) {
            throw new TraceFormatException(file, 1, 1, String.format(Locale.ROOT, "a DOT file of %.1f MiB; Retrace "
                    + "reads DOT up to %d MiB (about 200,000 nodes), as its parser holds the whole file; write larger "
                    + "trees as CSV or Retrace JSON Lines", bytes / (double) (1 << 20), MAX_BYTES >> 20));
        }
    }

    static void check(String text, String file) throws TraceFormatException {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        int length = text.length();
        for (int at = 0; at < length; at++) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                lineStart = at + 1;
            } else if (c == '"') {
                int close = skipQuoted(text, at);
                if (close >= length) {
                    throw new TraceFormatException(file, line, at - lineStart + 1,
                            "a quoted string opens here and never closes");
                }
                at = close;
            } else if (c == '/' && at + 1 < length && text.charAt(at + 1) == '/'
                    || c == '#' && text.substring(lineStart, at).isBlank()) {
                int end = text.indexOf('\n', at);
                at = (end < 0 ? length : end) - 1;
            } else if (c == '/' && at + 1 < length && text.charAt(at + 1) == '*') {
                int end = text.indexOf("*/", at + 2);
                int stop = end < 0 ? length : end + 2;
                for (int i = at; i < stop; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                at = stop - 1;
            } else if (c == '<') {
                at = skipHtml(text, at);
            } else if (c == '{' && ++depth > MAX_DEPTH) {
                throw new TraceFormatException(file, line, at - lineStart + 1, "braces nested " + depth
                        + " deep; a DOT tree may nest graphs and subgraphs at most " + MAX_DEPTH + " deep");
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** The index of the quote closing the string opened at {@code open}, or the text's end. */
    private static int skipQuoted(String text, int open) {
        for (int at = open + 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '"') {
                return at;
            }
        }
        return text.length();
    }

    /** The index of the '>' closing the HTML string opened at {@code open}, counting nested tags. */
    private static int skipHtml(String text, int open) {
        int depth = 0;
        for (int at = open; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '<') {
                depth++;
            } else if (c == '>' && --depth == 0) {
                return at;
            }
        }
        return text.length();
    }
}
