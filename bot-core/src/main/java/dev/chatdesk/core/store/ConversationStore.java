package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.conversation.TurnOutcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where conversations live with their customers, messages, turns and escalations. Implementations
 * are thread-safe, and every method that returns has made its change durable (it survives the
 * process being killed). Calls block: make them off event loops. Callers handle the messages of
 * one conversation one at a time; the store still never stores a client message id twice.
 *
 * <p>Rules every implementation keeps:
 * <ul>
 *   <li>A conversation id that does not exist makes every method but {@link #find}, {@link #originalText},
 *       {@link #markOverdue} and {@link #otherConversationsOfCustomer} throw
 *       {@link java.util.NoSuchElementException} naming it; nothing is changed then.
 *   <li>A turn ({@link TurnOutcome#requireValidFor}) and an assignee
 *       ({@link ConversationStatus#requireAllowedAssignee}) are checked before anything is stored;
 *       a turn's customer message must be a customer message of the conversation.
 *   <li>Sequence numbers are 1, 2, 3... per conversation with no gaps. Times are kept to the
 *       millisecond: an instant with finer precision reads back truncated.
 *   <li>A conversation has at most one open escalation: a turn that escalates a conversation
 *       whose escalation is still open keeps the first, so the customer keeps their place in the queue.
 *   <li>A verified customer with an external id is one record across their conversations on a
 *       channel ({@link Customer#updating}); an unverified one is a new record each time.
 *   <li>The assignee is kept only while the status is {@code with_agent}; an agent who gets a
 *       conversation is remembered as one who has had it (what {@link ConversationQuery#visibleTo} reads).
 *   <li>Searches find a conversation by its customer's name and e-mail address and by the text of
 *       its customer, agent and note messages as stored ({@link SearchTerms}), from the moment they
 *       are stored; an erased conversation is found no more.
 * </ul>
 */
public interface ConversationStore {
    /** Starts a conversation with status {@code bot}. */
    Conversation create(NewConversation conversation);

    /** The conversation with this id. */
    Optional<Conversation> find(String conversationId);

    /** The newest conversation of a platform user that is not closed (web conversations have no address to look up). */
    Optional<Conversation> findOpen(String channel, String channelAddress);

    /**
     * Adds a message at the end of a conversation. If a message with the same client message id
     * is already stored in the conversation, returns that one and stores nothing.
     *
     * @throws IllegalArgumentException when the message answers ({@code inReplyTo}) one that is not
     *     of this conversation
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
     * A status of {@code bot} or {@code closed} ends the open escalation, as {@link #transition} does.
     *
     * @return the stored replies
     * @throws IllegalArgumentException when the turn breaks a rule ({@link TurnOutcome#requireValidFor})
     *     or its customer message is not a customer message of this conversation; nothing is stored
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

    /** Whether the agent has the conversation now or had it before (false for an unknown conversation). */
    boolean hasHad(String conversationId, String agent);

    /** A page of the conversations the query asks for, newest activity first. */
    ConversationPage search(ConversationQuery query);

    /** How many conversations the query finds in all its pages (its cursor and limit play no part). */
    long count(ConversationQuery query);
}
