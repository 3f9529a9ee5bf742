package dev.chatdesk.core.store;

import dev.chatdesk.core.audit.AuditLog;
import dev.chatdesk.core.conversation.CustomerData;

/**
 * One storage back end (the embedded SQLite file, a PostgreSQL database): every store a Chatdesk
 * server keeps its state in, opened together and closed together.
 */
public interface Storage extends AutoCloseable {
    /** Conversations, their messages, turns and escalations. */
    ConversationStore conversations();

    /** Agent accounts and sessions. */
    AgentStore agents();

    /** The messaging platforms' inbox and outbox. */
    DeliveryStore deliveries();

    /** Customers' ratings. */
    FeedbackStore feedback();

    /** What the stored conversations say about how support is going. */
    InsightsStore insights();

    /** The team's saved replies. */
    SavedReplyStore savedReplies();

    /** The admins' changes to the help articles, which every node applies to its own index. */
    ArticleChangeLog articleChanges();

    /** Customers' profiles and the team's tags on them. */
    CustomerProfiles customerProfiles();

    /** Everything about one customer, to export or erase. */
    CustomerData customerData();

    /** The record of what agents, admins and operators did. */
    AuditLog auditLog();

    /** Waits for calls under way, then closes the back end; later calls throw {@link IllegalStateException}. */
    @Override
    void close();
}
