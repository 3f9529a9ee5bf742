package dev.chatdesk.core.store.memory;

import dev.chatdesk.core.conversation.SavedReply;
import dev.chatdesk.core.store.SavedReplyStore;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@link SavedReplyStore} of {@link InMemoryStores}. */
final class MemorySavedReplyStore implements SavedReplyStore {
    private final Map<String, SavedReply> replies = new TreeMap<>();

    @Override
    public synchronized List<SavedReply> savedReplies() {
        return List.copyOf(replies.values());
    }

    @Override
    public synchronized void saveReply(SavedReply reply) {
        replies.put(reply.shortcut(), reply);
    }

    @Override
    public synchronized boolean deleteReply(String shortcut) {
        return replies.remove(shortcut) != null;
    }
}
