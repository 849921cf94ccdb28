package org.teikit.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line counter for long runs, on a terminal only: nothing in pipes, files or CI logs.
 * Thread-safe, so parallel workers can report as they finish.
 */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final String what;
    private final boolean enabled;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total, String what, boolean wanted) {
        this.err = err;
        this.total = total;
        this.what = what;
        this.enabled = wanted && total >= 20 && System.console() != null && System.getenv("CI") == null;
    }

    void step() {
        int n = done.incrementAndGet();
        if (enabled && (n % 10 == 0 || n == total)) {
            synchronized (err) {
                err.print("\r[" + n + "/" + total + "] " + what);
                err.flush();
            }
        }
    }

    /** Removes the counter line so that messages start on a clean line. */
    void clear() {
        if (enabled) {
            synchronized (err) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
