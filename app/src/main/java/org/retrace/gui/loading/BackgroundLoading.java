package org.retrace.gui.loading;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import org.retrace.format.LoadCancelledException;
import org.retrace.format.LoadFailures;
import org.retrace.format.LoadProgress;

/**
 * Loads one file (or folder) at a time on a background thread, with its progress and a cancel: a
 * new load cancels the one under way, whose result then no longer counts. Results and failures
 * come back on the JavaFX thread; a cancelled load says nothing. A trace file's load gives its
 * traces, a dataset's the summary of the rows it handed over as it went.
 *
 * @param <T> what a load gives
 */
public final class BackgroundLoading<T> {
    /** Reads a file, telling {@code progress} how far it got. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Path file, LoadProgress progress) throws IOException;
    }

    /** What a load tells its owner, on the JavaFX thread. */
    public interface Listener<T> {
        /** A load began; {@code fraction} follows its progress. */
        void started(Path file, ObservableValue<? extends Number> fraction);

        /** The load ended, however: its progress can go. */
        void ended();

        void loaded(Path file, T result);

        /** The load failed, and why, naming the file. */
        void failed(String description);
    }

    private final Listener<T> listener;
    private Task<T> loading;

    public BackgroundLoading(Listener<T> listener) {
        this.listener = listener;
    }

    /** Starts loading {@code file} with {@code reader}, cancelling a load under way. */
    public void load(Path file, Reader<T> reader) {
        cancel();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws IOException {
                Task<T> self = this;
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
    private boolean finished(Task<T> task) {
        if (loading != task) {
            return false;
        }
        loading = null;
        listener.ended();
        return true;
    }
}
