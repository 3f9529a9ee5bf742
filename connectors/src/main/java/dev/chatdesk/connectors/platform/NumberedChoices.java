package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.channel.OutboundMessage;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.store.ConversationStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Reads a bare number from a platform user as the option it picks, when the last message the user
 * was sent listed its quick replies as numbered text ({@link NumberedOptions}). The offer is read
 * back from the stored conversation, so it survives restarts and needs no state of its own; only
 * the newest message the customer saw counts, so an old list never captures a later number.
 */
final class NumberedChoices {
    /** How far back the offer is looked for: past the internal notes that agents may have added since. */
    private static final int RECENT = 20;

    private final ConversationStore store;
    private final Executor blocking;

    NumberedChoices(ConversationStore store, Executor blocking) {
        this.store = store;
        this.blocking = blocking;
    }

    /**
     * What the user's text means on this connector: the payload of the option it picks by number in
     * the user's open conversation, or else the text itself. Store calls run on the blocking executor.
     */
    CompletableFuture<String> meaning(PlatformConnector connector, InboundMessage message, String text) {
        if (message.kind() != InboundKind.TEXT || !NumberedOptions.isNumber(text)) {
            return CompletableFuture.completedFuture(text);
        }
        String channel = connector.channel().name();
        return CompletableFuture.supplyAsync(() -> store.findOpen(channel, message.address())
                        .flatMap(conversation -> lastSeen(store.lastMessages(conversation.id(), RECENT))), blocking)
                .thenApply(offer -> offer
                        .filter(sent -> connector.webhook().numbersQuickReplies(OutboundMessage.of(sent)))
                        .flatMap(sent -> NumberedOptions.choice(text, sent.quickReplies()))
                        .orElse(text));
    }

    /** The newest message the customer saw that was not their own. */
    private static Optional<Message> lastSeen(List<Message> recent) {
        for (int i = recent.size() - 1; i >= 0; i--) {
            Message message = recent.get(i);
            if (message.role().customerSees()) {
                return message.role() == Role.CUSTOMER ? Optional.empty() : Optional.of(message);
            }
        }
        return Optional.empty();
    }
}
