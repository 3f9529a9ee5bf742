package dev.chatdesk.core.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Runs tasks one at a time per key, in the order they were submitted, while tasks of different
 * keys run concurrently: messages of one conversation are handled strictly in order. Thread-safe.
 */
public final class SerialLanes {
    private final ConcurrentMap<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    /** Starts the task once every earlier task of the key has finished (whether it failed or not). */
    public <T> CompletableFuture<T> submit(String key, Supplier<CompletableFuture<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<?> previous = tails.put(key, result);
        CompletableFuture<?> ready = previous == null ? CompletableFuture.completedFuture(null) : previous;
        ready.handle((ignored, error) -> null)
                .thenCompose(ignored -> start(task))
                .whenComplete((value, error) -> {
                    tails.remove(key, result);
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(value);
                    }
                });
        return result;
    }

    private static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> task) {
        try {
            return task.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** How many keys have work queued or running. */
    public int busyKeys() {
        return tails.size();
    }
}
