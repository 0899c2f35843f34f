package org.retrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrace.format.TraceFiles;
import org.retrace.live.LiveTrace;
import org.retrace.live.cpprofiler.Execution;
import org.retrace.model.EventType;
import org.retrace.model.NodeStatus;
import org.retrace.model.Trace;

class ExecutionFilesTest {
    @TempDir
    Path directory;

    /**
     * Stopping stops receiving before anything is written, writes each execution still open with a
     * closing note in the trace itself, and prints the count the file holds.
     */
    @Test
    void anExecutionStillOpenWhenListeningStopsIsWrittenWithANoteAndTheCountItHolds() throws Exception {
        StringWriter out = new StringWriter();
        Path output = directory.resolve("run.jsonl");
        ExecutionFiles files = new ExecutionFiles(RetraceCommand.commandLine(), output, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        Execution running = new Execution(new LiveTrace("queens"), "127.0.0.1:5000");
        running.trace().update(builder -> {
            int root = builder.addNode("0", -1, "node", NodeStatus.EXPANDED, "root", null, Double.NaN);
            builder.addNode("1", root, "node", NodeStatus.FAILED, "x=0", null, Double.NaN);
            builder.addNode("2", root, "node", NodeStatus.OPEN, null, null, Double.NaN);
        });
        files.connected(running);
        List<String> order = new ArrayList<>();

        files.stop(() -> order.add("stopped receiving, " + out.toString().lines().count() + " lines out"),
                "interrupted before DONE");

        assertEquals(List.of("stopped receiving, 1 lines out"), order, "nothing was written before receiving stopped");
        Trace written = TraceFiles.load(output).first();
        assertEquals(3, written.nodeCount());
        assertTrue(out.toString().contains("wrote " + output + ": queens, 3 nodes, 1 problems:"), out.toString());
        int last = written.timeline().size() - 1;
        assertEquals(EventType.NOTE, written.timeline().type(last));
        assertEquals("cut off: interrupted before DONE", written.timeline().note(last));
    }

    /** Ten thousand empty connections once made ten thousand files of 56 bytes. */
    @Test
    void anExecutionWithNoNodeWritesNoFileAndSaysSo() throws Exception {
        StringWriter err = new StringWriter();
        Path output = directory.resolve("run.jsonl");
        ExecutionFiles files = new ExecutionFiles(RetraceCommand.commandLine(), output, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        Execution empty = new Execution(new LiveTrace("nothing"), "127.0.0.1:5002");
        files.connected(empty);

        files.ended(empty);

        assertFalse(Files.exists(output));
        assertEquals("nothing sent no node, so " + output + " is not written", err.toString().strip());
    }

    /** Once stopping, an execution that ends is left to the stop, which writes it with its reason. */
    @Test
    void anExecutionThatEndsWhileStoppingIsWrittenOnceByTheStop() throws Exception {
        StringWriter out = new StringWriter();
        Path output = directory.resolve("run.jsonl");
        ExecutionFiles files = new ExecutionFiles(RetraceCommand.commandLine(), output, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        Execution running = new Execution(new LiveTrace("golomb"), "127.0.0.1:5001");
        running.trace().update(builder -> builder.addNode("0", -1, "node", NodeStatus.OPEN, "root", null, Double.NaN));
        files.connected(running);

        files.stop(() -> files.ended(running), "interrupted before DONE");

        assertEquals(1, out.toString().lines().filter(line -> line.startsWith("wrote ")).count(), out.toString());
    }
}
