package org.retrace.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.retrace.model.Trace;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting in window tests: for a condition, never for a time. A condition is asked on the JavaFX
 * thread, so it never sees a handler half-way (a trace set but its views not yet attached), and
 * the deadline is generous enough for a loaded two-core machine.
 */
final class FxWait {
    /** How long a test waits for something that takes well under a second on an idle machine. */
    static final long DEADLINE_SECONDS = 60;

    private FxWait() {
    }

    /** Waits until {@code condition}, asked on the JavaFX thread, holds. */
    static void until(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Waits until {@code window} shows a trace that {@code wanted} accepts, with all its views attached. */
    static void untilShown(MainWindow window, Predicate<Trace> wanted) throws TimeoutException {
        until(() -> window.trace() != null && wanted.test(window.trace()));
    }

    /** Waits until {@code window} shows a trace of this name. */
    static void untilShown(MainWindow window, String name) throws TimeoutException {
        untilShown(window, trace -> name.equals(trace.info().name()));
    }
}
