package org.retrace.format;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
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

/**
 * The lines of a text log, numbered from 1, read as strict UTF-8 and reported to a
 * {@link LoadProgress}. Each line is decoded on its own, so bytes that are not UTF-8 (a binary
 * file, another encoding) are reported at the line they are on, never silently replaced.
 */
public final class TextLines implements Closeable {
    private final String file;
    private final InputStream in;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(256);
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int lineNumber;
    private boolean ended;

    public TextLines(Path path, LoadProgress progress) throws IOException {
        this.file = path.toString();
        this.in = new BufferedInputStream(new ProgressInputStream(new FileInputStream(path.toFile()), file,
                Files.size(path), progress), 1 << 16);
    }

    /** The next line without its line ending (and without a leading byte-order mark), or null at the end. */
    public String next() throws IOException {
        if (ended) {
            return null;
        }
        pending.reset();
        int b = in.read();
        if (b < 0) {
            ended = true;
            return null;
        }
        while (b >= 0 && b != '\n') {
            pending.write(b);
            b = in.read();
        }
        ended = b < 0;
        lineNumber++;
        String line = decode(pending.toByteArray());
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private String decode(byte[] bytes) throws TraceFormatException {
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            throw new TraceFormatException(file, lineNumber, 1, "not UTF-8 text: the bytes of this line are not "
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
