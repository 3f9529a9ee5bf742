package dev.chatdesk.server.app;

import dev.chatdesk.core.service.ConversationService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.LongSupplier;

/** The gauges of {@code /metrics} that read the service and the model. */
final class ServiceGauges {
    private ServiceGauges() {}

    /**
     * Registers the gauges; the model's count the passes of every language's model, replaced ones
     * included, and {@code sentenceEncoderTexts} the texts every language's sentence encoder embedded. A gauge holds what it reads strongly: by default Micrometer holds it weakly, and an
     * object nothing else keeps was collected soon after start and the gauges read NaN from then on.
     */
    static void register(MeterRegistry registry, ConversationService conversations, ServedModels nlu,
            LongSupplier sentenceEncoderTexts) {
        Gauge.builder("chatdesk_conversations_busy", conversations, ConversationService::busyConversations)
                .description("Conversations with a message being handled now")
                .strongReference(true)
                .register(registry);
        Gauge.builder("chatdesk_nlu_batches", nlu, ServedModels::batches)
                .description("Encoder passes run since start")
                .strongReference(true)
                .register(registry);
        Gauge.builder("chatdesk_nlu_encoded_texts", nlu, ServedModels::encodedTexts)
                .description("Texts encoded since start (cache hits excluded)")
                .strongReference(true)
                .register(registry);
        Gauge.builder("chatdesk_sentence_encoder_texts", sentenceEncoderTexts, LongSupplier::getAsLong)
                .description("Texts the sentence encoders embedded since start, to choose answers and search articles"
                        + " (cache hits excluded)")
                .strongReference(true)
                .register(registry);
    }
}
