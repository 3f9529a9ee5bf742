package dev.chatdesk.core.service;

import dev.chatdesk.core.bot.EscalationSettings;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.ConversationStore;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.SentimentPoint;
import dev.chatdesk.core.dialogue.ConversationSummary;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.dialogue.EscalationRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds an escalation (summary and sentiment trend) and the honest message about the wait. */
final class EscalationFactory {
    private final ConversationStore store;
    private final Clock clock;

    EscalationFactory(ConversationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The escalation of a conversation; {@code current} is the customer message of this turn, if any. */
    Escalation escalation(String conversationId, EscalationRequest request, DialogueState state, Message current, MessageNlu currentNlu) {
        List<SentimentPoint> trend = new ArrayList<>();
        String lastCustomerText = null;
        for (Message m : store.messages(conversationId)) {
            if (m.role() == Role.CUSTOMER) {
                lastCustomerText = m.text();
                MessageNlu nlu = current != null && m.id().equals(current.id()) ? currentNlu : m.nlu();
                if (nlu != null) {
                    trend.add(new SentimentPoint(m.seq(), nlu.sentiment(), nlu.sentimentScore(), nlu.anger()));
                }
            }
        }
        return new Escalation(conversationId, request.reason(), request.detail(),
                ConversationSummary.of(state, lastCustomerText), trend, clock.instant());
    }

    /** What the customer is told: their place in the queue and the expected wait. */
    NewMessage waitMessage(EscalationSettings settings) {
        long waiting = store.openEscalations().stream()
                .filter(e -> store.find(e.conversationId()).map(c -> c.status() == ConversationStatus.WAITING_FOR_AGENT).orElse(false))
                .count();
        long position = waiting + 1;
        long minutes = Math.max(1, position * settings.minutesPerWaitingCustomer());
        String text = settings.message()
                .replace("{position}", Long.toString(position))
                .replace("{wait}", Long.toString(minutes));
        return new NewMessage(Role.SYSTEM, text, List.of(), List.of(), null, null, null, null);
    }
}
