package dev.chatdesk.server.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Runs load until the JIT compiler has compiled the hot code, so that what is measured after it
 * is the server's steady state. On two cores the compiler competes with the model for the CPU:
 * the whole server path (HTTP, JSON, SQLite, dialogue) takes it tens of seconds to compile,
 * and measuring while it does would charge the server for a one-off start-up cost.
 */
final class JitWarmUp {
    /** One round of load. */
    @FunctionalInterface
    interface Round {
        void run() throws InterruptedException;
    }

    /** The compiler is settled once it spends less than this share of the wall time of a round compiling. */
    private static final double SETTLED_SHARE = 0.03;

    private JitWarmUp() {}

    /**
     * Runs rounds until the compiler is settled or {@code maxSeconds} have passed, at least one
     * round; returns the seconds it took.
     */
    static double untilSettled(Round round, double maxSeconds) throws InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        while (true) {
            long compiledBefore = compiler.getTotalCompilationTime();
            long roundStarted = System.nanoTime();
            round.run();
            double roundMillis = (System.nanoTime() - roundStarted) / 1e6;
            double compiling = (compiler.getTotalCompilationTime() - compiledBefore) / roundMillis;
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (compiling < SETTLED_SHARE || elapsed >= maxSeconds) {
                return elapsed;
            }
        }
    }
}
