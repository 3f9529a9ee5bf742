package dev.chatdesk.core.store.contract;

import dev.chatdesk.core.store.AgentStore;
import dev.chatdesk.core.store.ArticleChangeLog;
import dev.chatdesk.core.store.ConversationStore;
import dev.chatdesk.core.store.DeliveryStore;
import dev.chatdesk.core.store.FeedbackStore;
import dev.chatdesk.core.store.SavedReplyStore;
import dev.chatdesk.core.store.Storage;
import dev.chatdesk.core.store.memory.InMemoryStores;

/**
 * The stores of one back end, as a contract suite uses them.
 *
 * @param close what closes them
 */
public record StoresUnderTest(ConversationStore conversations, AgentStore agents, DeliveryStore deliveries,
        FeedbackStore feedback, ArticleChangeLog articleChanges, SavedReplyStore savedReplies, Runnable close) {
    /** The stores of a storage back end, closed with it, then {@code afterClose} run (to drop its database). */
    public static StoresUnderTest of(Storage storage, Runnable afterClose) {
        return new StoresUnderTest(storage.conversations(), storage.agents(), storage.deliveries(), storage.feedback(),
                storage.articleChanges(), storage.savedReplies(), () -> {
                    storage.close();
                    afterClose.run();
                });
    }

    /** The in-memory stores, which need no closing. */
    public static StoresUnderTest of(InMemoryStores stores) {
        return new StoresUnderTest(stores.conversations(), stores.agents(), stores.deliveries(), stores.feedback(),
                stores.articleChanges(), stores.savedReplies(), () -> {});
    }
}
