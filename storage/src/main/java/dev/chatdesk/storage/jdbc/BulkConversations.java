package dev.chatdesk.storage.jdbc;

import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.NewConversation;
import dev.chatdesk.core.conversation.NewMessage;
import dev.chatdesk.core.store.RandomIds;
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
     * One conversation to write.
     *
     * @param start who and where
     * @param messages its messages, in order
     * @param at when it started; message {@code i} is written {@code i} seconds later
     * @param escalation its escalation (null: none)
     * @param status the status it ends in
     * @param agent the agent who had it (null: none); it is still theirs when the status is {@code with_agent}
     */
    public record Generated(NewConversation start, List<NewMessage> messages, Instant at, Escalation escalation,
            ConversationStatus status, String agent) {}

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
                Instant last = generated.at();
                for (int i = 0; i < generated.messages().size(); i++) {
                    last = generated.at().plusSeconds(i + 1L);
                    tables.messages().insert(c, conversation.id(), generated.messages().get(i), last);
                }
                if (generated.escalation() != null) {
                    tables.escalations().insertUnlessOpen(c, withConversation(generated.escalation(), conversation.id()));
                }
                if (generated.agent() != null) {
                    tables.conversations().compareAndSetStatus(c, conversation.id(), EnumSet.of(ConversationStatus.BOT),
                            ConversationStatus.WITH_AGENT, generated.agent(), last);
                }
                tables.conversations().compareAndSetStatus(c, conversation.id(), EnumSet.allOf(ConversationStatus.class),
                        generated.status(), generated.status() == ConversationStatus.WITH_AGENT ? generated.agent() : null, last);
                if (generated.status().endsEscalation()) {
                    tables.escalations().end(c, conversation.id(), last);
                }
                ids.add(conversation.id());
            }
            return ids;
        });
    }

    private static Escalation withConversation(Escalation e, String conversationId) {
        return new Escalation(conversationId, e.reason(), e.detail(), e.summary(), e.trend(), e.escalatedAt());
    }
}
