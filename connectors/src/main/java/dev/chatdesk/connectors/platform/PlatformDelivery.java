package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.channel.Channel;
import dev.chatdesk.core.channel.DeliveryFailedException;
import dev.chatdesk.core.channel.OutboundMessage;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.Role;
import dev.chatdesk.core.service.AgentDesk;
import dev.chatdesk.core.service.ConversationEvents;
import dev.chatdesk.core.service.SerialLanes;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every stored bot, agent and system message of a platform conversation to the customer
 * through the conversation's channel, one at a time per conversation and in the order they were
 * stored (customer messages and internal notes stay home). A message the channel finally could
 * not deliver is recorded on the conversation as an internal note, so agents see it. Thread-safe;
 * hears events without blocking.
 */
public final class PlatformDelivery implements ConversationEvents {
    /** The author of the notes that record failed deliveries. */
    public static final String NOTE_AUTHOR = "chatdesk";

    private static final Logger LOG = LoggerFactory.getLogger(PlatformDelivery.class);
    private static final Set<Role> SENT = EnumSet.of(Role.BOT, Role.AGENT, Role.SYSTEM);

    private final Map<String, Channel> channels;
    private final SerialLanes lanes = new SerialLanes();
    private volatile AgentDesk notes;

    /** Delivers through these channels, each by its name. */
    public PlatformDelivery(Collection<Channel> channels) {
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(Channel::name, Function.identity()));
    }

    /**
     * Records failed deliveries as notes on this desk. Its service hears this object's events, so
     * it is given afterwards; call this before the first message is delivered.
     */
    public void recordFailuresIn(AgentDesk desk) {
        this.notes = desk;
    }

    @Override
    public void messageAdded(Conversation conversation, Message message) {
        Channel channel = channels.get(conversation.channel());
        if (channel == null || conversation.channelAddress() == null || !SENT.contains(message.role())) {
            return;
        }
        lanes.submit(conversation.id(), () -> channel.send(conversation.channelAddress(), OutboundMessage.of(message))
                .exceptionallyCompose(failure -> recordFailure(conversation, message, channel, failure)));
    }

    @Override
    public void statusChanged(Conversation conversation) {
        // Status changes reach platform customers as the system messages that announce them.
    }

    private CompletableFuture<Void> recordFailure(Conversation conversation, Message message, Channel channel, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String reason;
        if (cause instanceof DeliveryFailedException delivery) {
            reason = delivery.getMessage();
            LOG.warn("Message {} of conversation {} was not delivered to {}: {}", message.seq(), conversation.id(), channel.name(), reason);
        } else {
            reason = "an unexpected error on our side";
            LOG.error("Message {} of conversation {} was not delivered to {}", message.seq(), conversation.id(), channel.name(), cause);
        }
        String note = "Could not deliver message " + message.seq() + " to " + channel.displayName() + ": " + reason + ".";
        return notes.addNote(conversation.id(), NOTE_AUTHOR, note).handle((stored, error) -> {
            if (error != null) {
                LOG.error("Could not record the failed delivery on conversation {}", conversation.id(), error);
            }
            return null;
        });
    }
}
