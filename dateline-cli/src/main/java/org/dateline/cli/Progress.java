package org.dateline.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.dateline.output.RunSummary;

/**
 * A one-line progress display on stderr, redrawn at most a few times a second from the thread
 * that writes results: records done, articles written, failures, and the rate.
 */
final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final RunSummary summary;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled, RunSummary summary) {
        this.err = err;
        this.enabled = enabled;
        this.summary = summary;
    }

    void update() {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.printf(Locale.ROOT, "\r\033[K%,d records  %,d articles  %,d failed  %.1f records/s",
                summary.read(), summary.written(), summary.failedTotal(), summary.recordsPerSecond());
        err.flush();
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
