package org.retrace.format;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The lines of a text log, numbered from 1, read as strict UTF-8 and reported to a
 * {@link LoadProgress}. Each line is decoded on its own, so bytes that are not UTF-8 (a binary
 * file, another encoding) are reported at the line they are on, never silently replaced. Lines of
 * plain ASCII, nearly all of them, skip the decoder.
 */
public final class TextLines implements Closeable {
    private final String file;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean exhausted;
    private int lineNumber;

    public TextLines(Path path, LoadProgress progress) throws IOException {
        this.file = path.toString();
        this.in = new ProgressInputStream(new FileInputStream(path.toFile()), file, Files.size(path), progress);
    }

    /** The next line without its line ending (and without a leading byte-order mark), or null at the end. */
    public String next() throws IOException {
        int newline = findNewline();
        if (newline < 0 && position == limit) {
            return null;
        }
        int end = newline < 0 ? limit : newline;
        String line = decode(position, end);
        position = newline < 0 ? limit : newline + 1;
        lineNumber++;
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** The index of the next '\n' in the buffer, reading more as needed; -1 at the end of the file. */
    private int findNewline() throws IOException {
        int from = position;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            if (exhausted) {
                return -1;
            }
            from = limit - position;
            fill();
        }
    }

    private void fill() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        position = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            exhausted = true;
        } else {
            limit += read;
        }
    }

    private String decode(int from, int to) throws TraceFormatException {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = buffer[i] >= 0;
        }
        if (ascii) {
            return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(buffer, from, to - from)).toString();
        } catch (CharacterCodingException notText) {
            throw new TraceFormatException(file, lineNumber + 1, 1, "not UTF-8 text: the bytes of this line are not "
                    + "valid UTF-8 (a binary file, or another encoding)");
        }
    }

    /** The number of the line {@link #next()} returned last. */
    public int lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
