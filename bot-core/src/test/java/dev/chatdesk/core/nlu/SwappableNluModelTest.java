package dev.chatdesk.core.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A model replaced while it serves: every message gets its answer, and each replaced model closes once, when idle. */
class SwappableNluModelTest {

    /** A model that answers after a short delay with its own name as the intent, and refuses work once closed. */
    private static final class NamedModel implements NluModel {
        private final String name;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicInteger closings = new AtomicInteger();
        private final AtomicInteger answering = new AtomicInteger();
        private volatile int unansweredWhenClosed = -1;
        private final Executor delayed = CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS);

        NamedModel(String name) {
            this.name = name;
        }

        @Override
        public CompletableFuture<NluResult> understand(String text) {
            if (closed.get()) {
                return CompletableFuture.failedFuture(new IllegalStateException(name + " is closed"));
            }
            answering.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> {
                NluResult result = new NluResult(new IntentScore(name, 1), List.of(), false,
                        new Sentiment(SentimentLabel.NEUTRAL, 1), 0);
                answering.decrementAndGet();
                return result;
            }, delayed);
        }

        @Override
        public void close() {
            unansweredWhenClosed = answering.get();
            closings.incrementAndGet();
            closed.set(true);
        }
    }

    @Test
    void messagesSentWhileModelsAreSwappedAllGetAnswers() throws Exception {
        NamedModel first = new NamedModel("first");
        SwappableNluModel model = new SwappableNluModel(first);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < 16; s++) {
            senders.add(Thread.ofVirtual().start(() -> {
                while (!stop.get()) {
                    try {
                        model.understand("hello").join();
                        answered.incrementAndGet();
                    } catch (CompletionException e) {
                        failures.add(e.getCause());
                    }
                }
            }));
        }
        List<NamedModel> replaced = new ArrayList<>(List.of(first));
        for (int swap = 1; swap <= 20; swap++) {
            Thread.sleep(20);
            NamedModel next = new NamedModel("model " + swap);
            model.swap(next);
            replaced.add(next);
        }
        Thread.sleep(20);
        stop.set(true);
        for (Thread sender : senders) {
            sender.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
        assertTrue(answered.get() > 100, answered + " answered");
        assertEquals("model 20", model.understand("hi").join().intent().name());
        for (NamedModel old : replaced.subList(0, replaced.size() - 1)) {
            assertEquals(1, old.closings.get(), old.name + " closed once");
            assertEquals(0, old.unansweredWhenClosed, old.name + " closed with no message unanswered");
        }
        assertFalse(replaced.get(replaced.size() - 1).closed.get());
    }

    @Test
    void aClosedModelTakesNoMoreMessages() {
        NamedModel only = new NamedModel("only");
        SwappableNluModel model = new SwappableNluModel(only);
        model.close();
        assertTrue(only.closed.get());
        CompletionException refused = assertThrows(CompletionException.class, () -> model.understand("hi").join());
        assertTrue(refused.getCause() instanceof IllegalStateException);
    }
}
