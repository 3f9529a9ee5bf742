package dev.chatdesk.core.store.memory;

import dev.chatdesk.core.store.AgentStore;
import dev.chatdesk.core.store.ArticleChangeLog;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import dev.chatdesk.core.store.FeedbackStore;
import dev.chatdesk.core.store.SavedReplyStore;
import java.time.Clock;

/**
 * The stores kept in memory, for unit tests: they keep every rule the ports state, as the
 * contract suites prove, and nothing survives the object.
 */
public final class InMemoryStores {
    private final ConversationStore conversations;
    private final AgentStore agents;
    private final DeliveryStore deliveries;
    private final FeedbackStore feedback;
    private final ArticleChangeLog articleChanges = new MemoryArticleChangeLog();
    private final SavedReplyStore savedReplies = new MemorySavedReplyStore();

    /** Empty stores whose times come from this clock. */
    public InMemoryStores(Clock clock) {
        Memory memory = new Memory(clock);
        this.conversations = new MemoryConversationStore(memory);
        this.agents = new MemoryAgentStore(memory);
        this.deliveries = new MemoryDeliveryStore(memory);
        this.feedback = new MemoryFeedbackStore(memory);
    }

    /** Conversations, their messages, turns and escalations. */
    public ConversationStore conversations() {
        return conversations;
    }

    /** Agent accounts and sessions. */
    public AgentStore agents() {
        return agents;
    }

    /** The messaging platforms' inbox and outbox. */
    public DeliveryStore deliveries() {
        return deliveries;
    }

    /** Customers' ratings. */
    public FeedbackStore feedback() {
        return feedback;
    }

    /** The team's saved replies. */
    public SavedReplyStore savedReplies() {
        return savedReplies;
    }

    /** The admins' changes to the help articles. */
    public ArticleChangeLog articleChanges() {
        return articleChanges;
    }
}
