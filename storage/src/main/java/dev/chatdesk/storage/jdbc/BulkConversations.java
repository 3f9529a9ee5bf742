package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.Feedback;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.store.RandomIds;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Writes many whole conversations into a store, a batch per transaction, through the same table
 * code (encryption, masking, search index) as the live stores: to fill a store for a benchmark in
 * minutes where a transaction a message would take hours.
 */
public final class BulkConversations {
    /**
     * One message to write.
     *
     * @param message the message (a customer message with what the model understood of it)
     * @param action what the bot did with a customer message (null: none)
     * @param after how long after the conversation's start it is written
     */
    public record Written(NewMessage message, BotAction action, Duration after) {}

    /**
     * One conversation to write.
     *
     * @param start who and where
     * @param messages its messages, in order of time
     * @param at when it started
     * @param escalation its escalation (null: none), stored at its time among the messages
     * @param status the status it ends in, as of its last message
     * @param agent the agent who had it (null: none); it is still theirs when the status is {@code with_agent}
     * @param rating the customer's rating after the last message (null: none)
     */
    public record Generated(NewConversation start, List<Written> messages, Instant at, Escalation escalation,
            ConversationStatus status, String agent, Integer rating) {}

    private final Database database;
    private final Tables tables;

    BulkConversations(Database database, Tables tables) {
        this.database = database;
        this.tables = tables;
    }

    /** Writes the conversations in one transaction; their ids, in order. */
    public List<String> write(List<Generated> batch) {
        return database.write(c -> {
            List<String> ids = new ArrayList<>();
            for (Generated generated : batch) {
                Conversation conversation = tables.conversations().insert(c, RandomIds.conversation(), generated.start(),
                        generated.at());
                Escalation escalation = generated.escalation() == null ? null
                        : withConversation(generated.escalation(), conversation.id());
                Instant last = generated.at();
                for (Written written : generated.messages()) {
                    last = generated.at().plus(written.after());
                    if (escalation != null && !escalation.escalatedAt().isAfter(last)) {
                        escalate(c, escalation, generated.agent());
                        escalation = null;
                    }
                    tables.conversations().touch(c, conversation.id(), written.message().role(), last);
                    Message message = tables.messages().insert(c, conversation.id(), written.message(), last);
                    if (written.action() != null) {
                        tables.messages().saveNlu(c, message.id(), written.message().nlu(), written.action());
                    }
                }
                if (escalation != null) {
                    escalate(c, escalation, generated.agent());
                }
                tables.conversations().compareAndSetStatus(c, conversation.id(), EnumSet.allOf(ConversationStatus.class),
                        generated.status(), generated.status() == ConversationStatus.WITH_AGENT ? generated.agent() : null, last);
                if (generated.status().endsEscalation()) {
                    tables.escalations().end(c, conversation.id(), generated.status(), last);
                }
                if (generated.rating() != null) {
                    tables.feedback().save(c, conversation.id(), new Feedback(generated.rating(), null, last.plusSeconds(60)));
                }
                ids.add(conversation.id());
            }
            return ids;
        });
    }

    /** Stores the escalation and gives the conversation to its agent, if it has one. */
    private void escalate(Connection c, Escalation escalation, String agent) throws SQLException {
        tables.escalations().insertUnlessOpen(c, escalation);
        if (agent != null) {
            tables.conversations().compareAndSetStatus(c, escalation.conversationId(), EnumSet.allOf(ConversationStatus.class),
                    ConversationStatus.WITH_AGENT, agent, escalation.escalatedAt());
        }
    }

    private static Escalation withConversation(Escalation e, String conversationId) {
        return new Escalation(conversationId, e.reason(), e.detail(), e.summary(), e.trend(), e.escalatedAt());
    }
}
