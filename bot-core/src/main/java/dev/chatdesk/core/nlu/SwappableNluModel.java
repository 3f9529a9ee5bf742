package dev.chatdesk.core.nlu;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model that can be replaced while it serves: each message goes to the model current when it
 * arrives; {@link #swap} makes a new one current at once, and the one it replaces is closed when
 * the last message it took has its answer, so no message is lost or answered by a closed model.
 * Thread-safe.
 */
public final class SwappableNluModel implements NluModel {
    /** A served model and the messages it is answering. */
    private static final class Serving {
        private final NluModel model;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile boolean retired;

        Serving(NluModel model) {
            this.model = model;
        }

        /** Counts a message in; false when the model is retired (it must not take new work). */
        boolean enter() {
            inFlight.incrementAndGet();
            if (retired) {
                leave();
                return false;
            }
            return true;
        }

        void leave() {
            if (inFlight.decrementAndGet() == 0 && retired) {
                closeOnce();
            }
        }

        void retire() {
            retired = true;
            if (inFlight.get() == 0) {
                closeOnce();
            }
        }

        private void closeOnce() {
            if (closed.compareAndSet(false, true)) {
                model.close();
            }
        }
    }

    private volatile Serving current;
    private volatile boolean closed;

    /** Serves {@code model} until it is swapped; takes ownership of it. */
    public SwappableNluModel(NluModel model) {
        this.current = new Serving(model);
    }

    @Override
    public CompletableFuture<NluResult> understand(String text) {
        while (true) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("the NLU model is closed"));
            }
            Serving serving = current;
            if (serving.enter()) {
                CompletableFuture<NluResult> result;
                try {
                    result = serving.model.understand(text);
                } catch (RuntimeException e) {
                    serving.leave();
                    throw e;
                }
                return result.whenComplete((answer, failure) -> serving.leave());
            }
        }
    }

    /** Serves {@code next} from now on (taking ownership of it); the replaced model closes once idle. */
    public void swap(NluModel next) {
        Serving replaced;
        synchronized (this) {
            replaced = current;
            current = new Serving(next);
        }
        replaced.retire();
    }

    /** The model messages go to now (owned by this; do not close it). */
    public NluModel current() {
        return current.model;
    }

    /** Takes no more messages; the current model closes once the messages it took have their answers. */
    @Override
    public void close() {
        closed = true;
        current.retire();
    }
}
