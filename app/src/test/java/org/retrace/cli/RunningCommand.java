package org.retrace.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * A command that runs on a thread of its own while the test watches what it prints, for commands
 * that go on until they are stopped ({@code follow}, {@code listen}). Every wait is for something
 * the command printed or did, with a generous deadline, never for a time.
 */
final class RunningCommand {
    /** How long a test waits for a line that takes well under a second on an idle machine. */
    static final long DEADLINE_SECONDS = 60;
    private static final long POLL_MILLIS = 10;

    /** Both are StringBuffers inside, so the test may read while the command writes. */
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Thread thread;

    private RunningCommand(String... args) {
        CommandLine commandLine = RetraceCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exitCode.complete(commandLine.execute(args)), "retrace-command-under-test");
        thread.setDaemon(true);
    }

    static RunningCommand start(String... args) {
        RunningCommand command = new RunningCommand(args);
        command.thread.start();
        return command;
    }

    /** Waits until the command has printed a line {@code wanted} accepts, and returns that line. */
    String awaitLine(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (true) {
            String line = out.toString().lines().filter(wanted).findFirst().orElse(null);
            if (line != null) {
                return line;
            }
            if (exitCode.isDone() || System.nanoTime() > deadline) {
                throw new AssertionError("no such line " + (exitCode.isDone() ? "before the command ended"
                        : "within " + DEADLINE_SECONDS + " s") + "; it printed:\n" + out + "\nand on stderr:\n" + err);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Waits for the command to end by itself. */
    CommandRun awaitExit() throws Exception {
        int code = exitCode.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Stops the command as a program that embeds it would, by interrupting its thread, and waits for it. */
    CommandRun stop() throws Exception {
        thread.interrupt();
        return awaitExit();
    }
}
