package org.retrace.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX with no display, on Monocle's headless platform and the software pipeline, for
 * drawing from the command line (benchmarks, exports). The GTK platform would refuse to start
 * without a display even for offscreen work.
 */
public final class HeadlessFx {
    /** Held strongly: the log manager keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static boolean started;

    private HeadlessFx() {
    }

    /** Runs {@code work} on the JavaFX thread, starting JavaFX headless first if needed, and waits. */
    public static synchronized <T> T call(Callable<T> work) throws Exception {
        if (!started) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            // JavaFX warns on every start when loaded from the classpath, as this jar does on purpose.
            JAVAFX_LOG.setLevel(Level.SEVERE);
            try {
                CompletableFuture<Void> ready = new CompletableFuture<>();
                Platform.startup(() -> ready.complete(null));
                ready.get();
            } catch (IllegalStateException alreadyRunning) {
                // Started already, by the window or a test harness in this JVM: drawing can use it as it is.
            }
            Platform.setImplicitExit(false);
            started = true;
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
