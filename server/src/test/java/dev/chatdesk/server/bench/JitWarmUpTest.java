package dev.chatdesk.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The warm-up that waits for the JIT compiler to settle. */
class JitWarmUpTest {
    @Test
    void runsOneRoundEvenWithNoTimeAllowed() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        double seconds = JitWarmUp.untilSettled(() -> {
            rounds.incrementAndGet();
            Thread.sleep(20);
        }, 0);
        assertEquals(1, rounds.get());
        assertTrue(seconds >= 0.02, "seconds: " + seconds);
    }
}
