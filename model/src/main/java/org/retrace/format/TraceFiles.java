package org.retrace.format;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.retrace.format.bak.BakTraceReader;
import org.retrace.format.cot.CotTraceReader;
import org.retrace.format.diffusion.DiffusionHistoryReader;
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
import org.retrace.model.Trace;

/**
 * Opens any file Retrace reads. The format is found from the file's first 4 KiB, or when they match
 * none from its first MiB, never from its name: real logs carry misleading extensions.
 */
public final class TraceFiles {
    private static final int HEAD_BYTES = 4096;
    /** How far in a second look goes when the first few kilobytes match no format: bounded, so that a big file is never read whole to be told apart. */
    private static final int DEEP_HEAD_BYTES = 1 << 20;
    private static final String FORMATS_TRIED = "the formats Retrace reads (Retrace JSON and JSON Lines, a CSV tree "
            + "with id,parent columns, VBC, BAK, Stream of Search, Tree of Thoughts, LATS, llm-reasoners, WebOperator, "
            + "VideoLucy, GraphML, DOT, diffusion decoding histories, chains of thought)";
    /** In the order they are asked: the most specific first, the native reader (any JSON object) late. */
    private static final List<TraceReader> READERS = List.of(new BakTraceReader(), new VbcTraceReader(),
            new SosTraceReader(), new LatsLogReader(), new TreeOfThoughtsReader(),
            new TreeLogReader(), new WebOperatorReader(), new VideoLucyReader(), GraphTraceReader.graphMl(),
            GraphTraceReader.dot(), new DiffusionHistoryReader(), new CotTraceReader(), new NativeTraceReader(),
            new CsvTraceReader());

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
        TraceReader reader = readerOf(file, preferred);
        try {
            return reader.read(file, progress);
        } catch (CharacterCodingException | CharConversionException notUtf8) {
            throw locatedOrAsIs(file, notUtf8);
        }
    }

    /**
     * Hands the traces of {@code file} to {@code each} one at a time, with the format read, holding one record at a time
     * where its format allows (chains of thought); fails as {@link #load} does. For a dataset of
     * many records, whose rows are wanted, not its traces held together.
     */
    public static StreamedTraces readEach(Path file, LoadProgress progress, List<TraceReader> preferred,
            BiConsumer<Trace, String> each) throws IOException {
        if (Files.isDirectory(file)) {
            LoadedTraces folder = load(file, progress, preferred);
            folder.traces().forEach(trace -> each.accept(trace, folder.format()));
            return new StreamedTraces(folder.format(), folder.traces().size(), folder.warnings());
        }
        TraceReader reader = readerOf(file, preferred);
        try {
            return reader.readEach(file, progress, each);
        } catch (CharacterCodingException | CharConversionException notUtf8) {
            throw locatedOrAsIs(file, notUtf8);
        }
    }

    private static IOException locatedOrAsIs(Path file, IOException notUtf8) throws IOException {
        TraceFormatException located = InvalidUtf8.locate(file);
        return located != null ? located : notUtf8;
    }

    /** The reader of the file's format, told by its first bytes, or a failure saying none matched. */
    private static TraceReader readerOf(Path file, List<TraceReader> preferred) throws IOException {
        RegularFile.check(file);
        String head = head(file, HEAD_BYTES);
        TraceReader reader = readerFor(head, preferred);
        long size = Files.size(file);
        if (reader == null && size > HEAD_BYTES) {
            // Some writers put their marks deep in: a WebOperator trajectory's first "action" comes
            // after a page of tens of kilobytes, a LATS log may open with test lines.
            head = head(file, DEEP_HEAD_BYTES);
            reader = readerFor(head, preferred);
        }
        if (reader == null) {
            throw new TraceFormatException(file.toString(), 1, 1, String.format(Locale.ROOT, "not a format Retrace "
                    + "reads: its first %,d bytes matched none of %s; the file starts with \"%s\"",
                    Math.min(size, DEEP_HEAD_BYTES), FORMATS_TRIED, firstLine(head)));
        }
        return reader;
    }

    /** The first reader, of the preferred then all, that recognizes {@code head}, or null. */
    private static TraceReader readerFor(String head, List<TraceReader> preferred) {
        for (List<TraceReader> readers : List.of(preferred, READERS)) {
            for (TraceReader reader : readers) {
                if (reader.recognizes(head)) {
                    return reader;
                }
            }
        }
        return null;
    }

    private static String head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
            return head.startsWith("\uFEFF") ? head.substring(1) : head;
        }
    }

    private static String firstLine(String head) {
        String line = head.lines().findFirst().orElse("").strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
