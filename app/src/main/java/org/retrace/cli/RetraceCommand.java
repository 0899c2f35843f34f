package org.retrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code retrace}: the headless command line. With no subcommand the launcher opens the window instead. */
@Command(name = "retrace", mixinStandardHelpOptions = true, version = "Retrace 0.1.0",
        description = "Replays how programs search. Without arguments, opens the window on a bundled sample.",
        subcommands = {ValidateCommand.class, StatsCommand.class, ConvertCommand.class, GenerateCommand.class,
            RenderCommand.class, AnimateCommand.class, DemoCommand.class, ListenCommand.class, FollowCommand.class,
            BenchCommand.class})
public final class RetraceCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
    }

    /** A command line whose errors read as one plain line, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RetraceCommand());
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            line.getErr().println(failure instanceof UserError ? failure.getMessage()
                    : "retrace: internal error: " + failure);
            return 1;
        });
        return commandLine;
    }
}
