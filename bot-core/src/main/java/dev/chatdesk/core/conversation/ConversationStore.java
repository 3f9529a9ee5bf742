package dev.chatdesk.core.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where conversations, their messages, escalations and agent accounts live. Implementations are
 * thread-safe, and every method that returns has made its change durable (it survives the process
 * being killed). Calls block: make them off event loops. Callers handle the messages of one
 * conversation one at a time; the store still never stores a client message id twice.
 */
public interface ConversationStore extends AutoCloseable {
    /** Starts a conversation with status {@code bot}. */
    Conversation create(NewConversation conversation);

    /** The conversation with this id. */
    Optional<Conversation> find(String conversationId);

    /** The newest conversation of a platform user that is not closed. */
    Optional<Conversation> findOpen(String channel, String channelAddress);

    /**
     * Adds a message at the end of a conversation. If a message with the same client message id
     * is already stored in the conversation, returns that one and stores nothing.
     */
    Message append(String conversationId, NewMessage message);

    /**
     * A message's text as it was written, when the store keeps it masked (personal data hidden);
     * empty when the message is stored as written, or there is no such message.
     */
    Optional<String> originalText(String conversationId, String messageId);

    /** The customer message stored with this client message id. */
    Optional<Message> findByClientMessageId(String conversationId, String clientMessageId);

    /** All messages of a conversation, by sequence number. */
    List<Message> messages(String conversationId);

    /** The last {@code count} messages of a conversation, by sequence number. */
    List<Message> lastMessages(String conversationId, int count);

    /** The messages that answer a customer message, by sequence number. */
    List<Message> repliesTo(String conversationId, String customerMessageId);

    /**
     * Stores a turn in one transaction: what the model understood of the customer message (both
     * null for a turn no customer message started, such as the handoff button), the replies
     * (each in reply to that message), the dialogue state, the status and a new escalation.
     *
     * @return the stored replies
     */
    List<Message> completeTurn(String conversationId, String customerMessageId, MessageNlu nlu, TurnOutcome outcome);

    /** The dialogue manager's state saved by the last turn (empty before the first). */
    Optional<String> dialogueState(String conversationId);

    /**
     * Moves a conversation to {@code to} if its status is one of {@code from}, setting its assignee
     * (null clears it). Moving to {@code bot} or {@code closed} ends its open escalation.
     *
     * @return false (and nothing changed) when the status was not one of {@code from}
     */
    boolean transition(String conversationId, Set<ConversationStatus> from, ConversationStatus to, String assignee);

    /** The conversation's open escalation (it has not gone back to the bot or been closed). */
    Optional<Escalation> openEscalation(String conversationId);

    /** All open escalations, oldest first: the agents' queue. */
    List<Escalation> openEscalations();

    /**
     * Marks the conversation's open escalation as overdue (its customer has been told about the wait).
     *
     * @return true the first time, false when it was marked already or has no open escalation
     */
    boolean markOverdue(String conversationId);

    /**
     * The customer's other conversations, newest first: those of the same customer (by external id,
     * or by e-mail address when both have one).
     */
    List<Conversation> otherConversationsOfCustomer(String conversationId, int limit);

    /** Stores a customer's rating (1 to 5) of a conversation, replacing an earlier one. */
    void saveFeedback(String conversationId, int rating, String comment);

    /**
     * Records a platform delivery, with what it carries, until it is processed: so a retry is
     * recognised, and one acknowledged but not processed when the server stopped is processed at
     * the next start.
     *
     * @param payload the delivery as the channel will read it again (kept only until processed)
     * @return true the first time for this channel and delivery id, false for a repeat
     */
    boolean firstDelivery(String channel, String deliveryId, String payload);

    /**
     * The bot, agent and system messages of conversations on a messaging platform (those with a
     * channel address) that were not marked delivered, oldest first: what a stopped server had not sent.
     */
    List<Message> undeliveredMessages();

    /** Marks a message as handed to its platform (or given up on, with a note for agents). */
    void messageDelivered(String messageId);

    /** Marks a recorded delivery processed, and forgets its payload. */
    void deliveryProcessed(String channel, String deliveryId);

    /** The channel's recorded deliveries not yet processed, oldest first. */
    List<PendingDelivery> pendingDeliveries(String channel);

    /**
     * Creates an agent account.
     *
     * @return false (and nothing changed) when the username is taken
     */
    boolean createAgent(AgentAccount account);

    /** The account with this username. */
    Optional<AgentAccount> agent(String username);

    /** How many agent accounts there are. */
    long agentCount();

    /** Every account, by username. */
    List<AgentAccount> agents();

    /**
     * Disables or enables an account; disabling also ends its sessions.
     *
     * @return false when there is no such account
     */
    boolean setAgentDisabled(String username, boolean disabled);

    /**
     * Replaces an account's password hash and ends every session of it but the one given (null: all).
     *
     * @return false when there is no such account
     */
    boolean setAgentPassword(String username, String passwordHash, String keptSessionHash);

    /**
     * Replaces an account's password hash with another hash of the same password (a stronger one,
     * at login), keeping its sessions; only while the stored hash is still {@code oldHash}, so a
     * password changed meanwhile is kept.
     *
     * @return whether the hash was replaced
     */
    boolean upgradeAgentPasswordHash(String username, String oldHash, String newHash);

    /** Stores a logged-in agent's session. */
    void saveSession(AgentSession session);

    /** The session with this token hash, whether or not it has expired. */
    Optional<AgentSession> session(String tokenHash);

    /** Ends a session (logout); nothing happens for an unknown hash. */
    void deleteSession(String tokenHash);

    /** Closes the store. */
    @Override
    void close();
}
