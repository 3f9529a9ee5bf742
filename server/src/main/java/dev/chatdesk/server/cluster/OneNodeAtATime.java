package dev.chatdesk.server.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.Lock;
import java.util.function.Supplier;

/**
 * Work that must not run on two nodes at once (the overdue-escalation check, retention): each
 * run first takes a lock named for the work, cluster-wide when the node is clustered (Hazelcast
 * releases a dead member's locks, so the work moves to a live node), and a node that finds it
 * taken skips its run.
 */
public final class OneNodeAtATime {
    private static final long TRY_MILLIS = 50;

    private final Vertx vertx;
    private final String lockName;

    /** The work named {@code name} on this node's Vert.x. */
    public OneNodeAtATime(Vertx vertx, String name) {
        this.vertx = vertx;
        this.lockName = "chatdesk." + name;
    }

    /**
     * Runs the work if no node runs it now; the lock is released when the work's future completes.
     *
     * @return the work's result, or null when another node held the lock
     */
    public <T> Future<T> runIfFree(Supplier<Future<T>> work) {
        return vertx.sharedData().getLockWithTimeout(lockName, TRY_MILLIS)
                .transform(taken -> taken.succeeded() ? runHolding(taken.result(), work) : Future.succeededFuture());
    }

    private static <T> Future<T> runHolding(Lock lock, Supplier<Future<T>> work) {
        Future<T> running;
        try {
            running = work.get();
        } catch (RuntimeException e) {
            running = Future.failedFuture(e);
        }
        return running.andThen(done -> lock.release());
    }
}
