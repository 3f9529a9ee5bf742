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
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every stored bot, agent and system message of a platform conversation to the customer
 * through the conversation's channel, one at a time per conversation and in the order they were
 * stored (customer messages and internal notes stay home). A message the channel finally could
 * not deliver is recorded on the conversation as an internal note, so agents see it. A message
 * stays undelivered in the store until then, so what a stopped server had not sent goes out at the
 * next start ({@link #resendUndelivered}). Thread-safe; hears events without blocking.
 */
public final class PlatformDelivery implements ConversationEvents {
    /** The author of the notes that record failed deliveries. */
    public static final String NOTE_AUTHOR = "chatdesk";

    private static final Logger LOG = LoggerFactory.getLogger(PlatformDelivery.class);
    private static final Set<Role> SENT = EnumSet.of(Role.BOT, Role.AGENT, Role.SYSTEM);

    private final Map<String, Channel> channels;
    private final ConversationStore store;
    private final DeliveryStore outbox;
    private final Executor blocking;
    private final SerialLanes lanes = new SerialLanes();
    private volatile AgentDesk notes;

    /**
     * Delivers through these channels, each by its name, the messages of conversations in
     * {@code store}, marking each delivered in {@code outbox} (on {@code blocking}) once the platform
     * took it or it was given up on.
     */
    public PlatformDelivery(Collection<Channel> channels, ConversationStore store, DeliveryStore outbox, Executor blocking) {
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(Channel::name, Function.identity()));
        this.store = store;
        this.outbox = outbox;
        this.blocking = blocking;
    }

    /**
     * Sends, in order, what was stored before {@code cutoff} but not delivered: the messages of a
     * server that stopped. A lone server calls it once, at start, with the time it started, before
     * new messages arrive; nodes of a cluster call it now and then with a cutoff long enough ago
     * that no live node is still delivering (or retrying) what it picks.
     *
     * @return how many messages it sends
     */
    public CompletableFuture<Integer> resendUndelivered(Instant cutoff) {
        return CompletableFuture.supplyAsync(() -> {
            Map<String, Optional<Conversation>> conversations = new HashMap<>();
            int resent = 0;
            for (Message message : outbox.undeliveredMessages()) {
                if (!message.createdAt().isBefore(cutoff)) {
                    continue;
                }
                Optional<Conversation> conversation = conversations.computeIfAbsent(message.conversationId(), store::find);
                if (conversation.isPresent() && channels.containsKey(conversation.get().channel())) {
                    messageAdded(conversation.get(), message);
                    resent++;
                }
            }
            return resent;
        }, blocking);
    }

    /**
     * Records failed deliveries as notes on this desk. Its service hears this object's events, so
     * it is given afterwards; call this before the first message is delivered.
     */
    public void recordFailuresIn(AgentDesk desk) {
        this.notes = desk;
    }

    /**
     * Waits, at most {@code patience}, for the sends under way (a stopping server lets them finish,
     * so they are not sent again at the next start).
     */
    public void drain(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (lanes.busyKeys() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Override
    public void messageAdded(Conversation conversation, Message message) {
        Channel channel = channels.get(conversation.channel());
        if (channel == null || conversation.channelAddress() == null || !SENT.contains(message.role())) {
            return;
        }
        lanes.submit(conversation.id(), () -> channel.send(conversation.channelAddress(), OutboundMessage.of(message))
                .exceptionallyCompose(failure -> recordFailure(conversation, message, channel, failure))
                .thenRunAsync(() -> outbox.messageDelivered(message.id()), blocking))
                .whenComplete((done, error) -> {
                    if (error != null) {
                        // Still undelivered in the store: the next start sends it again.
                        LOG.warn("Message {} of conversation {} was not marked delivered", message.seq(), conversation.id(), error);
                    }
                });
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
