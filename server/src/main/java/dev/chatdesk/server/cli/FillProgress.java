package dev.chatdesk.server.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** How a store benchmark tells how far it has filled the store: every 10,000 conversations and at the end. */
final class FillProgress {
    private FillProgress() {}

    /** Prints to {@code err} how many of {@code total} conversations are written, and since when. */
    static IntConsumer to(PrintWriter err, int total) {
        long started = System.nanoTime();
        return done -> {
            if (done % 10_000 == 0 || done == total) {
                err.printf("generated %d/%d conversations (%.0f s)%n", done, total, (System.nanoTime() - started) / 1e9);
                err.flush();
            }
        };
    }
}
