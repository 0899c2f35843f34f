package org.retrace.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.retrace.format.bak.BakTraceReader;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.format.csv.CsvTraceReader;
import org.retrace.format.graph.GraphTraceReader;
import org.retrace.format.lats.LatsLogReader;
import org.retrace.format.nativejson.NativeTraceReader;
import org.retrace.format.reasoners.TreeLogReader;
import org.retrace.format.sos.SosTraceReader;
import org.retrace.format.tot.TreeOfThoughtsReader;
import org.retrace.format.videolucy.VideoLucyReader;
import org.retrace.format.weboperator.WebOperatorReader;
import org.retrace.format.vbc.VbcTraceReader;

/**
 * Opens any file Retrace reads. The format is found from the file's first bytes, never from its
 * name: real logs carry misleading extensions.
 */
public final class TraceFiles {
    private static final int HEAD_BYTES = 4096;
    /** In the order they are asked: the most specific first, the native reader (any JSON object) late. */
    private static final List<TraceReader> READERS = List.of(new BakTraceReader(), new VbcTraceReader(),
            new SosTraceReader(), new LatsLogReader(), new TreeOfThoughtsReader(),
            new TreeLogReader(), new WebOperatorReader(), new VideoLucyReader(), GraphTraceReader.graphMl(),
            GraphTraceReader.dot(), new CotTraceReader(), new NativeTraceReader(), new CsvTraceReader());

    private TraceFiles() {
    }

    /** Loads {@code file}, or fails with a {@link TraceFormatException} that says where and why. */
    public static LoadedTraces load(Path file) throws IOException {
        return load(file, LoadProgress.NONE);
    }

    /**
     * Loads {@code file}, telling {@code progress} how far it got; it may cancel the load. A folder is
     * read as a VideoLucy memory cache, the one format that spans several files.
     */
    public static LoadedTraces load(Path file, LoadProgress progress) throws IOException {
        return load(file, progress, List.of());
    }

    /**
     * As {@link #load(Path, LoadProgress)}, asking {@code preferred} readers first: the same
     * formats read another way, e.g. chains of thought with the user's own cue phrases.
     */
    public static LoadedTraces load(Path file, LoadProgress progress, List<TraceReader> preferred)
            throws IOException {
        if (Files.isDirectory(file)) {
            return new VideoLucyReader().readFolder(file, progress);
        }
        String head = head(file);
        for (TraceReader reader : preferred) {
            if (reader.recognizes(head)) {
                return reader.read(file, progress);
            }
        }
        for (TraceReader reader : READERS) {
            if (reader.recognizes(head)) {
                return reader.read(file, progress);
            }
        }
        throw new TraceFormatException(file.toString(), 1, 1, "not a format Retrace reads: expected a Retrace "
                + "JSON or JSON Lines trace, or a CSV tree with id,parent columns; the file starts with \""
                + firstLine(head) + "\"");
    }

    private static String head(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return head.startsWith("\uFEFF") ? head.substring(1) : head;
        }
    }

    private static String firstLine(String head) {
        String line = head.lines().findFirst().orElse("").strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
