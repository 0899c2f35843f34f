package org.retrace.cli;

import org.retrace.version.RetraceVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code retrace}: the headless command line. With no subcommand the launcher opens the window instead. */
@Command(name = "retrace", mixinStandardHelpOptions = true, versionProvider = RetraceCommand.Version.class,
        customSynopsis = {
            "@|bold retrace|@ [FILE]           open FILE, or a bundled sample, in the window",
            "       @|bold retrace|@ COMMAND [ARGS]   run headless, with no display",
            "       @|bold retrace|@ -h | -V"},
        description = {"", "Replays how programs search. Reads Retrace's own JSON and JSON Lines, VBC and BAK "
            + "(SCIP, SYMPHONY, GLPK), Stream of Search, Tree of Thoughts, LATS, llm-reasoners, WebOperator, "
            + "VideoLucy memories, chains of thought, DOT, GraphML and CSV trees. 'retrace COMMAND --help' "
            + "describes each command.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  retrace samples/countdown-reasoning.jsonl        open a trace in the window",
            "  retrace stats tree.vbc                           its size, shape and outcomes",
            "  retrace render tree.vbc -o tree.png              a figure, with no display"},
        subcommands = {ValidateCommand.class, StatsCommand.class, ConvertCommand.class, GenerateCommand.class,
            RenderCommand.class, AnimateCommand.class, DemoCommand.class, ListenCommand.class, FollowCommand.class,
            CompareCommand.class, AnnotateCommand.class, InterventionsCommand.class, BenchCommand.class})
public final class RetraceCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
    }

    /** {@code --version}: this build's version and the Java and JavaFX it runs on. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return RetraceVersion.describe();
        }
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
