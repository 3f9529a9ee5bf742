package dev.chatdesk.connectors.platform;

import dev.chatdesk.connectors.http.Replies;
import dev.chatdesk.core.channel.Channel;
import dev.chatdesk.core.channel.OutboundMessage;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.PendingDelivery;
import dev.chatdesk.core.service.ConversationService;
import dev.chatdesk.core.service.SerialLanes;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhooks of the configured platforms, at {@code POST /webhooks/<name>}, and what happens to a
 * delivery: the platform's signature is checked (401 and nothing read when it fails), the payload
 * read (400 when malformed), each message recorded durably with its delivery id (a platform's retry
 * of a delivery is acknowledged and ignored, across restarts too), the delivery acknowledged, and
 * only then the messages processed (one the server could not finish before it stopped is processed
 * at the next start, see {@link #resumePending}): the user's open conversation on the channel is found or started
 * (its greeting sent), and the text handled as the customer's message (a bare number
 * on a platform that lists quick replies as numbered text picks that option). Messages of one platform
 * user and chat are processed one at a time, in the order they arrived.
 */
public final class PlatformWebhooks {
    static final String ONLY_TEXT = "Sorry, I can only read text messages.";
    private static final Logger LOG = LoggerFactory.getLogger(PlatformWebhooks.class);
    private static final String LOCALE = "en";

    private final List<PlatformConnector> connectors;
    private final ConversationService conversations;
    private final ConversationStore store;
    private final DeliveryStore inbox;
    private final PlatformDelivery delivery;
    private final Executor blocking;
    private final int maxMessageChars;
    private final SerialLanes lanes = new SerialLanes();
    private final NumberedChoices choices;

    /**
     * Webhooks of these connectors over the service and the stores of conversations and of
     * deliveries ({@code inbox}); greetings of new conversations go out through {@code delivery};
     * store calls run on {@code blocking}; longer texts than
     * {@code maxMessageChars} are answered with a request to shorten them.
     */
    public PlatformWebhooks(List<PlatformConnector> connectors, ConversationService conversations, ConversationStore store,
            DeliveryStore inbox, PlatformDelivery delivery, Executor blocking, int maxMessageChars) {
        this.connectors = List.copyOf(connectors);
        this.conversations = conversations;
        this.store = store;
        this.inbox = inbox;
        this.delivery = delivery;
        this.blocking = blocking;
        this.maxMessageChars = maxMessageChars;
        this.choices = new NumberedChoices(store, blocking);
    }

    /** The mounted connectors' channels. */
    public List<Channel> channels() {
        return connectors.stream().map(PlatformConnector::channel).toList();
    }

    /** Adds each connector's webhook routes to the router (a body handler must already run before them). */
    public void mount(Router router) {
        for (PlatformConnector connector : connectors) {
            router.post(connector.path()).handler(ctx -> receive(connector, ctx));
            connector.webhook().mountHandshake(router, connector.path());
        }
    }

    private void receive(PlatformConnector connector, RoutingContext ctx) {
        PlatformWebhook webhook = connector.webhook();
        webhook.verify(ctx);
        WebhookDelivery received = webhook.read(ctx);
        if (received.answer() != null) {
            Replies.send(ctx, 200, received.answer());
            return;
        }
        String channel = connector.channel().name();
        Replies.onContext(ctx, CompletableFuture.supplyAsync(() -> received.messages().stream()
                        .filter(m -> inbox.firstDelivery(channel, m.deliveryId(), InboundMessageJson.encode(m)))
                        .toList(), blocking))
                .onSuccess(fresh -> {
                    webhook.acknowledge(ctx);
                    fresh.forEach(message -> process(connector, message));
                })
                .onFailure(ctx::fail);
    }

    /**
     * Processes the deliveries that were acknowledged before {@code cutoff} but not processed, oldest
     * first: those of a server that stopped (it may have been killed in between). A lone server calls
     * it once, at start, with the time it started; nodes of a cluster call it now and then with a
     * cutoff long enough ago that no live node is still processing what it picks.
     */
    public CompletableFuture<Integer> resumePending(Instant cutoff) {
        return CompletableFuture.supplyAsync(() -> {
            int resumed = 0;
            for (PlatformConnector connector : connectors) {
                for (PendingDelivery pending : inbox.pendingDeliveries(connector.channel().name())) {
                    if (pending.receivedAt().isBefore(cutoff)) {
                        process(connector, InboundMessageJson.decode(pending.payload()));
                        resumed++;
                    }
                }
            }
            return resumed;
        }, blocking);
    }

    private void process(PlatformConnector connector, InboundMessage message) {
        connector.webhook().accepted(message);
        String channel = connector.channel().name();
        lanes.submit(channel + "\n" + message.address(), () -> handle(connector, message)
                .thenRunAsync(() -> inbox.deliveryProcessed(channel, message.deliveryId()), blocking))
                .whenComplete((done, error) -> {
                    if (error != null) {
                        // Still pending: the next start tries again.
                        LOG.warn("{} delivery {} could not be processed", channel, message.deliveryId(), error);
                    }
                });
    }

    private CompletableFuture<?> handle(PlatformConnector connector, InboundMessage message) {
        return switch (message.kind()) {
            case START -> open(connector, message);
            case UNSUPPORTED -> {
                LOG.info("{} delivery {} is not text; answered that only text is read", connector.channel().name(), message.deliveryId());
                yield answer(connector, message, ONLY_TEXT);
            }
            case TEXT, BUTTON -> {
                String text = message.text().strip();
                if (text.isEmpty()) {
                    yield CompletableFuture.completedFuture(null);
                }
                if (text.length() > maxMessageChars) {
                    yield answer(connector, message,
                            "Sorry, that message is too long for me; please keep it under " + maxMessageChars + " characters.");
                }
                yield choices.meaning(connector, message, text).thenCompose(said -> open(connector, message)
                        .thenCompose(conversation -> conversations.receive(conversation.id(), said, message.deliveryId())));
            }
        };
    }

    /** The user's open conversation on the channel, or a new one whose greeting is sent first. */
    private CompletableFuture<Conversation> open(PlatformConnector connector, InboundMessage message) {
        String channel = connector.channel().name();
        return CompletableFuture.supplyAsync(() -> store.findOpen(channel, message.address()), blocking)
                .thenCompose(found -> found.map(CompletableFuture::completedFuture).orElseGet(() -> start(channel, message)));
    }

    private CompletableFuture<Conversation> start(String channel, InboundMessage message) {
        NewConversation request = new NewConversation(channel, message.address(), message.customer(), LOCALE, null);
        return conversations.start(request).thenApply(started -> {
            started.messages().forEach(greeting -> delivery.messageAdded(started.conversation(), greeting));
            return started.conversation();
        });
    }

    /** Answers the user directly, outside any conversation; a failure is only logged, as there is no conversation to note it on. */
    private CompletableFuture<Void> answer(PlatformConnector connector, InboundMessage message, String text) {
        return connector.channel().send(message.address(), OutboundMessage.text(text));
    }
}
