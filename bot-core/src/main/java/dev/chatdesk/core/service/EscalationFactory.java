package dev.chatdesk.core.service;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.EscalationSettings;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.conversation.SentimentPoint;
import dev.chatdesk.core.dialogue.ConversationSummary;
import dev.chatdesk.core.dialogue.DialogueState;
import dev.chatdesk.core.dialogue.EscalationRequest;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.store.ConversationStore;
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
    Escalation escalation(BotDefinition bot, String conversationId, EscalationRequest request, DialogueState state,
            Message current, MessageNlu currentNlu) {
        List<SentimentPoint> trend = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        Message trigger = null;
        for (Message stored : store.messages(conversationId)) {
            Message m = current != null && stored.id().equals(current.id()) ? stored.withNlu(currentNlu) : stored;
            messages.add(m);
            if (m.role() == Role.CUSTOMER && m.nlu() != null) {
                trend.add(new SentimentPoint(m.seq(), m.nlu().sentiment(), m.nlu().sentimentScore(), m.nlu().anger()));
            }
            if (current != null && m.id().equals(current.id())) {
                trigger = m;
            }
        }
        return new Escalation(conversationId, request.reason(), request.detail(),
                ConversationSummary.of(bot, state, messages, trigger), trend, clock.instant());
    }

    /**
     * What the customer is told on a hand-over, in one message: an apology first when they are
     * angry; while the team works, their place in the queue and the expected wait; outside the
     * team's hours, when the team is back, and a question for an e-mail address to reply to when
     * none is known.
     *
     * @param message the text
     * @param asksForEmail whether it asks for an e-mail address
     */
    record Handover(NewMessage message, boolean asksForEmail) {}

    /** The hand-over message for a conversation escalated for this reason. */
    Handover handover(EscalationSettings settings, EscalationReason reason, Customer customer, Language language) {
        List<String> parts = new ArrayList<>();
        if (reason == EscalationReason.ANGER && !settings.angryApology().isBlank()) {
            parts.add(settings.angryApology());
        }
        boolean open = settings.hours() == null || settings.hours().isOpen(clock.instant());
        boolean asksForEmail = !open && (customer == null || customer.email() == null || customer.email().isBlank());
        if (open) {
            long position = waitingCustomers() + 1;
            long minutes = Math.max(1, position * settings.minutesPerWaitingCustomer());
            parts.add(settings.message()
                    .replace("{position}", Long.toString(position))
                    .replace("{wait}", Long.toString(minutes)));
        } else {
            parts.add(settings.closedMessage().replace("{opens}", settings.hours().describeNextOpening(clock.instant(), language)));
        }
        if (asksForEmail) {
            parts.add(settings.emailQuestion());
        }
        // Chinese sentences follow each other without a space
        String text = String.join(language == Language.ZH ? "" : " ", parts);
        return new Handover(new NewMessage(Role.SYSTEM, text, List.of(), List.of(), null, null, null, null),
                asksForEmail);
    }

    private long waitingCustomers() {
        return store.openEscalations().stream()
                .filter(e -> store.find(e.conversationId()).map(c -> c.status() == ConversationStatus.WAITING_FOR_AGENT).orElse(false))
                .count();
    }
}
