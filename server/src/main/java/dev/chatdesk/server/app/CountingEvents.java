package dev.chatdesk.server.app;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.service.ConversationEvents;
import io.micrometer.core.instrument.MeterRegistry;

/** Passes conversation changes on, counting messages by role and escalations for {@code /metrics}. */
final class CountingEvents implements ConversationEvents {
    private final ConversationEvents next;
    private final MeterRegistry registry;

    CountingEvents(ConversationEvents next, MeterRegistry registry) {
        this.next = next;
        this.registry = registry;
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
