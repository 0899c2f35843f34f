package org.retrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.retrace.format.csv.CsvTraceWriter;
import org.retrace.format.graph.GraphTraceWriter;
import org.retrace.format.nativejson.NativeTraceWriter;
import org.retrace.io.AtomicFiles;
import org.retrace.model.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code -o OUT} option of commands that write a trace, in the form its extension names, atomically. */
final class OutputFile {
    enum Form { DOCUMENT, EVENT_LOG, CSV_TREE, DOT, GRAPHML }

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "OUT.json (a document), OUT.jsonl (an event log), or the tree only: OUT.csv, OUT.dot "
                    + "(Graphviz) or OUT.graphml.")
    Path path;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The form the extension names; fails on any other extension, before any work is done. */
    Form form() {
        return formOf(command.commandLine(), path);
    }

    void write(List<Trace> traces) {
        write(command.commandLine(), path, traces);
    }

    /** Writes {@code traces} to {@code output} in the form its extension names, for commands whose -o is optional. */
    static void write(CommandLine commandLine, Path output, List<Trace> traces) {
        Form form = formOf(commandLine, output);
        try {
            write(output, form, traces);
        } catch (IllegalArgumentException refused) {
            throw new UserError(output + ": " + refused.getMessage());
        } catch (IOException unwritable) {
            throw new UserError(output + ": could not be written: " + unwritable.getMessage());
        }
    }

    /**
     * The line a command prints once it has written {@code output}: {@code wrote OUT: WHAT (N bytes)},
     * so that every command that writes a file says which, what it holds and how large it came out.
     */
    static String wrote(Path output, String what) {
        long size;
        try {
            size = Files.size(output);
        } catch (IOException gone) {
            throw new UserError(output + ": written, but then could not be read: " + gone.getMessage());
        }
        return String.format(Locale.ROOT, "wrote %s: %s (%,d bytes)", output, what, size);
    }

    /** The form {@code output}'s extension names; fails on any other, before any work is done. */
    static Form formOf(CommandLine commandLine, Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return Form.EVENT_LOG;
        }
        if (name.endsWith(".json")) {
            return Form.DOCUMENT;
        }
        if (name.endsWith(".csv")) {
            return Form.CSV_TREE;
        }
        if (name.endsWith(".dot") || name.endsWith(".gv")) {
            return Form.DOT;
        }
        if (name.endsWith(".graphml")) {
            return Form.GRAPHML;
        }
        throw new CommandLine.ParameterException(commandLine, "the output must end in .json (one document), "
                + ".jsonl (an event log), or for the tree without its timeline .csv, .dot or .graphml, found "
                + output);
    }

    private static void write(Path output, Form form, List<Trace> traces) throws IOException {
        NativeTraceWriter writer = new NativeTraceWriter();
        AtomicFiles.write(output, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            switch (form) {
                case EVENT_LOG -> writer.writeEventLog(traces, buffered);
                case DOCUMENT -> writer.writeDocument(traces, buffered);
                case CSV_TREE -> new CsvTraceWriter().write(traces.get(0), buffered);
                case DOT -> GraphTraceWriter.dot(traces.get(0), buffered);
                case GRAPHML -> GraphTraceWriter.graphMl(traces.get(0), buffered);
            }
            buffered.flush();
        });
    }
}
