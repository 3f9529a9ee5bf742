package dev.chatdesk.server.app;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.service.ConversationEvents;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Passes conversation changes on, counting for {@code /metrics} messages by role, escalations, and
 * the customer messages the model read by sentiment and whether they were angry (what a Grafana
 * panel turns into the share of angry messages).
 */
final class CountingEvents implements ConversationEvents {
    private final ConversationEvents next;
    private final MeterRegistry registry;
    private final double angryAt;

    /** Counts into {@code registry}, a message angry from {@code angryAt}, and passes on to {@code next}. */
    CountingEvents(ConversationEvents next, MeterRegistry registry, double angryAt) {
        this.next = next;
        this.registry = registry;
        this.angryAt = angryAt;
    }

    @Override
    public void understood(Conversation conversation, Message message) {
        MessageNlu nlu = message.nlu();
        registry.counter("chatdesk_customer_messages_read", "sentiment", nlu.sentiment() == null ? "none" : nlu.sentiment().wireName(),
                "angry", String.valueOf(nlu.anger() >= angryAt)).increment();
        next.understood(conversation, message);
    }

    @Override
    public void messageAdded(Conversation conversation, Message message) {
        registry.counter("chatdesk_messages", "role", message.role().wireName()).increment();
        next.messageAdded(conversation, message);
    }

    @Override
    public void statusChanged(Conversation conversation) {
        if (conversation.status() == ConversationStatus.WAITING_FOR_AGENT) {
            registry.counter("chatdesk_escalations").increment();
        }
        next.statusChanged(conversation);
    }
}
