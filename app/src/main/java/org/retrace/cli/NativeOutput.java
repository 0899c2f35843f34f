package org.retrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import picocli.CommandLine;

/** Writing native-format output files, chosen by their extension, atomically. */
final class NativeOutput {
    enum Form { DOCUMENT, EVENT_LOG }

    private NativeOutput() {
    }

    static Form formOf(CommandLine commandLine, Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return Form.EVENT_LOG;
        }
        if (name.endsWith(".json")) {
            return Form.DOCUMENT;
        }
        throw new CommandLine.ParameterException(commandLine, "the output must end in .json (one document) or "
                + ".jsonl (an event log), found " + output);
    }

    static void write(Path output, Form form, List<Trace> traces) throws IOException {
        NativeTraceWriter writer = new NativeTraceWriter();
        AtomicFiles.write(output, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            if (form == Form.EVENT_LOG) {
                writer.writeEventLog(traces, buffered);
            } else {
                writer.writeDocument(traces, buffered);
            }
            buffered.flush();
        });
    }
}
