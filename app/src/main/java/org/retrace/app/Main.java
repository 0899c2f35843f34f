package org.retrace.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.retrace.cli.RetraceCommand;
import org.retrace.gui.RetraceApplication;

/**
 * The entry point of {@code retrace.jar}. No argument, or one that is not a subcommand (a file to
 * open), opens the window; anything else is a headless subcommand. This class does not extend JavaFX's Application, which
 * is what lets the plain classpath jar start JavaFX at all.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        boolean opensWindow = args.length == 0 || (args.length == 1 && !args[0].startsWith("-")
                && !RetraceCommand.commandLine().getSubcommands().containsKey(args[0]));
        if (opensWindow) {
            // JavaFX warns on every start when loaded from the classpath, as this jar does on purpose.
            Logger.getLogger("javafx").setLevel(Level.SEVERE);
            try {
                RetraceApplication.open(args);
            } catch (UnsupportedOperationException noDisplay) {
                System.err.println("retrace: cannot open the window: " + noDisplay.getMessage()
                        + ". Subcommands run without a display; see 'retrace --help'.");
                System.exit(2);
            }
        } else {
            System.exit(RetraceCommand.commandLine().execute(args));
        }
    }
}
