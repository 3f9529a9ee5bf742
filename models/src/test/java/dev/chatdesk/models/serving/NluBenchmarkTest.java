package dev.chatdesk.models.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.models.encoder.PretrainedEncoder;
import dev.chatdesk.models.nlu.HeadLayout;
import dev.chatdesk.models.nlu.TrainedNlu;
import dev.chatdesk.models.serving.NluBenchmark.Level;
import dev.chatdesk.models.serving.NluBenchmark.Result;
import dev.chatdesk.models.text.WordPieceTokenizer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The closed-loop load of {@link NluBenchmark#level}, with clients that need no model, and a whole
 * short run of the benchmark on the default encoder.
 */
class NluBenchmarkTest {
    private static final double SECONDS = 0.3;

    @Test
    void everyClientSendsTheMixInTurnAndEveryAnswerCounts() throws InterruptedException {
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Level level = NluBenchmark.level(List.of("a", "b", "c"), 4, SECONDS, () -> text -> {
            sent.add(text);
            Thread.sleep(1);
        });
        assertEquals(Set.of("a", "b", "c"), sent);
        assertEquals(4, level.concurrency());
        assertTrue(level.messages() > 10, "messages: " + level.messages());
        assertEquals(0, level.errors());
        assertEquals(level.messages() / SECONDS, level.messagesPerSecond(), level.messagesPerSecond() * 0.2);
    }

    @Test
    void aFailedSendIsAnErrorAndNotAMessage() throws InterruptedException {
        Level level = NluBenchmark.level(List.of("fine", "fails"), 1, SECONDS, () -> text -> {
            Thread.sleep(1);
            if (text.equals("fails")) {
                throw new IllegalStateException("refused");
            }
        });
        assertTrue(level.errors() > 10, "errors: " + level.errors());
        assertTrue(Math.abs(level.messages() - level.errors()) <= 1, level.messages() + " messages, " + level.errors() + " errors");
    }

    @Test
    void preparingForAMessageIsNotPartOfItsLatency() throws InterruptedException {
        Level level = NluBenchmark.level(List.of("hello"), 2, SECONDS, () -> new NluBenchmark.Client() {
            @Override
            public void prepare() throws InterruptedException {
                Thread.sleep(20);
            }

            @Override
            public void send(String text) {}
        });
        assertTrue(level.messages() > 0);
        assertTrue(level.p99Ms() < 10, "p99: " + level.p99Ms() + " ms");
    }

    @Test
    void onnxRuntimeIsMeasuredAtEachConcurrencyBesideOurs() throws InterruptedException {
        PretrainedEncoder encoder = PretrainedEncoder.defaultEncoder();
        TrainedNlu model = TrainedNlu.untrained(
                encoder, new HeadLayout(3, true), WordPieceTokenizer.DEFAULT_MAX_TOKENS);
        List<String> messages = List.of("where is my order", "I want a refund now!", "hi", "my card was charged twice");
        Result result = NluBenchmark.run(model, encoder, BatchingSettings.defaults().withoutCache(), messages,
                new int[] {1, 4}, SECONDS);
        assertEquals(List.of(1, 4), result.onnxRuntime().stream().map(Level::concurrency).toList());
        for (Level peer : result.onnxRuntime()) {
            assertTrue(peer.messages() > 0 && peer.errors() == 0, peer.toString());
        }
        for (Level ours : result.results()) {
            assertTrue(ours.messages() > 0 && ours.errors() == 0, ours.toString());
        }
        assertEquals(List.of(1, 4), List.copyOf(result.ratioToOnnxRuntimeByConcurrency().keySet()));
        assertEquals(result.results().get(1).messagesPerSecond() / result.onnxRuntime().get(1).messagesPerSecond(),
                result.ratioToOnnxRuntime(), 1e-9);
    }
}
