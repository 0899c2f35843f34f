package org.retrace.gui.loading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.retrace.format.LoadCancelledException;
import org.retrace.format.LoadFailures;
import org.retrace.format.LoadProgress;
import org.retrace.format.LoadedTraces;

/**
 * Loads one file at a time on a background thread, with its progress and a cancel: a new load
 * cancels the one under way, whose result then no longer counts. Results and failures come back
 * on the JavaFX thread; a cancelled load says nothing.
 */
public final class TraceLoading {
    /** Reads a file, telling {@code progress} how far it got. */
    @FunctionalInterface
    public interface Reader {
        LoadedTraces read(Path file, LoadProgress progress) throws IOException;
    }

    /** What a load tells its owner, on the JavaFX thread. */
    public interface Listener {
        /** A load began; {@code fraction} follows its progress. */
        void started(Path file, ObservableValue<? extends Number> fraction);

        /** The load ended, however: its progress can go. */
        void ended();

        void loaded(Path file, LoadedTraces traces);

        /** The load failed, and why, naming the file. */
        void failed(String description);
    }

    private final Listener listener;
    private Task<LoadedTraces> loading;

    public TraceLoading(Listener listener) {
        this.listener = listener;
    }

    /** Starts loading {@code file} with {@code reader}, cancelling a load under way. */
    public void load(Path file, Reader reader) {
        cancel();
        Task<LoadedTraces> task = new Task<>() {
            @Override
            protected LoadedTraces call() throws IOException {
                Task<LoadedTraces> self = this;
                return reader.read(file, new LoadProgress() {
                    @Override
                    public void bytesRead(long read, long total) {
                        updateProgress(read, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        loading = task;
        listener.started(file, task.progressProperty());
        task.setOnSucceeded(event -> {
            if (finished(task)) {
                listener.loaded(file, task.getValue());
            }
        });
        task.setOnFailed(event -> {
            Throwable failure = task.getException();
            if (finished(task) && !(failure instanceof LoadCancelledException)) {
                listener.failed(failure instanceof IOException unreadable ? LoadFailures.describe(file, unreadable)
                        : file + ": could not be loaded: " + failure.getMessage());
            }
        });
        task.setOnCancelled(event -> finished(task));
        Thread worker = new Thread(task, "retrace-load");
        worker.setDaemon(true);
        worker.start();
    }

    /** Cancels the load under way, if any. */
    public void cancel() {
        if (loading != null) {
            loading.cancel();
        }
    }

    /** Ends {@code task}'s progress; false when a newer load has replaced it, whose result then counts. */
    private boolean finished(Task<LoadedTraces> task) {
        if (loading != task) {
            return false;
        }
        loading = null;
        listener.ended();
        return true;
    }
}
