package dev.chatdesk.connectors.events;

import dev.chatdesk.connectors.http.MessageJson;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.service.ConversationEvents;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * Publishes conversation changes on the event bus: to the conversation's address in the customer's
 * form ({@code message}, {@code status}), and to agents with the model's reading and the
 * conversation's status and assignee. With a clustered event bus this reaches every node.
 */
public final class EventBusConversationEvents implements ConversationEvents {
    private final EventBus bus;
    private final UnaryOperator<String> agentsSee;
    /** Open customer sockets per conversation: publishing to an address nobody listens on costs an exception in Vert.x 5. */
    private final ConcurrentMap<String, Integer> watchers = new ConcurrentHashMap<>();
    private final boolean clustered;

    /**
     * Publishes on the given bus; agents get message text as {@code agentsSee} makes it (with
     * personal data masked, when the store keeps it masked, so that live events show what a reload does).
     * On a {@code clustered} bus a customer's socket may be open on another node, which this one
     * does not know of, so events for customers are published whether or not a local socket listens.
     */
    public EventBusConversationEvents(EventBus bus, UnaryOperator<String> agentsSee, boolean clustered) {
        this.bus = bus;
        this.agentsSee = agentsSee;
        this.clustered = clustered;
    }

    /** A customer's socket on the conversation opened. */
    public void watch(String conversationId) {
        watchers.merge(conversationId, 1, Integer::sum);
    }

    /** A customer's socket on the conversation closed. */
    public void unwatch(String conversationId) {
        watchers.computeIfPresent(conversationId, (id, count) -> count == 1 ? null : count - 1);
    }

    private void toCustomer(String conversationId, JsonObject event) {
        if (clustered || watchers.containsKey(conversationId)) {
            bus.publish(EventAddresses.conversation(conversationId), event);
        }
    }

    @Override
    public void messageAdded(Conversation conversation, Message message) {
        if (message.role().customerSees()) {
            toCustomer(conversation.id(), new JsonObject().put("type", "message").put("message", MessageJson.message(message)));
        }
        if (conversation.status() != ConversationStatus.BOT || !message.role().customerSees()) {
            bus.publish(EventAddresses.AGENTS, new JsonObject()
                    .put("type", "message")
                    .put("conversationId", conversation.id())
                    .put("status", conversation.status().wireName())
                    .put("assignee", conversation.assignee())
                    .put("message", MessageJson.messageForAgents(message).put("text", agentsSee.apply(message.text()))));
        }
    }

    @Override
    public void statusChanged(Conversation conversation) {
        JsonObject status = new JsonObject().put("type", "status").put("status", conversation.status().wireName());
        if (conversation.assignee() != null) {
            // The name customers see: the agent's display name, or none ("our team"); never the username.
            status.put("agent", new JsonObject().put("name", conversation.assigneeName()));
        }
        toCustomer(conversation.id(), status);
        bus.publish(EventAddresses.AGENTS, new JsonObject()
                .put("type", "queue")
                .put("conversationId", conversation.id())
                .put("status", conversation.status().wireName())
                .put("assignee", conversation.assignee()));
    }

    /** Tells a conversation's customer that the bot or an agent is typing. */
    public void typing(String conversationId, String role) {
        toCustomer(conversationId, new JsonObject().put("type", "typing").put("role", role));
    }

    /** Tells the agents who may see the conversation (it waits for one, or one has it) that its customer is typing. */
    public void customerTyping(Conversation conversation) {
        if (conversation.status() == ConversationStatus.BOT || conversation.status() == ConversationStatus.CLOSED) {
            return;
        }
        bus.publish(EventAddresses.AGENTS, new JsonObject()
                .put("type", "typing")
                .put("role", "customer")
                .put("conversationId", conversation.id())
                .put("status", conversation.status().wireName())
                .put("assignee", conversation.assignee()));
    }
}
