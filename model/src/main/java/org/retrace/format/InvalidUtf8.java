package org.retrace.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Finds where a file stops being UTF-8, for the error a reader's decoder gives without a place
 * ("Input length = 1"). It runs only after a read failed, so reading valid files costs nothing
 * more. Costs O(file) time and O(1) memory.
 */
public final class InvalidUtf8 {
    private static final int CHUNK = 64 * 1024;

    private InvalidUtf8() {
    }

    /**
     * The error for {@code file}'s first byte that is not UTF-8, at its line and column (counted in
     * characters) and byte offset; null when the whole file is valid UTF-8.
     */
    public static TraceFormatException locate(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        long consumed = 0;
        int line = 1;
        int column = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (read > 0) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                consumed += bytes.position() - before;
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    int bad = bytes.get(bytes.position()) & 0xFF;
                    return new TraceFormatException(file.toString(), line, column, String.format(Locale.ROOT,
                            "not UTF-8 at byte offset %,d: 0x%02X %s; Retrace reads text files as UTF-8", consumed, bad,
                            bad >= 0x80 && bad < 0xC0 ? "continues no character" : "starts no valid character"));
                }
                bytes.compact();
            }
        }
        return null;
    }
}
