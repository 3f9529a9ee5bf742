package dev.chatdesk.core.nlu;

import java.util.concurrent.CompletableFuture;

/**
 * Understands customer messages: intent, sentiment and anger from one model pass. Implementations
 * are thread-safe and never block the caller; the future fails with {@link
 * NluOverloadedException} when the model has more work queued than it accepts.
 */
public interface NluModel extends AutoCloseable {
    /** Understands one message. */
    CompletableFuture<NluResult> understand(String text);

    /** Stops taking work and frees the model's resources. */
    @Override
    void close();
}
