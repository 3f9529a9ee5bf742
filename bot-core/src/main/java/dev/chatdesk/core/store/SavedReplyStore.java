package dev.chatdesk.core.store;

import dev.chatdesk.core.conversation.SavedReply;
import java.util.List;

/**
 * Where the team's saved replies live. Thread-safe; every method that returns has made its change
 * durable. Calls block: make them off event loops.
 */
public interface SavedReplyStore {
    /** Every saved reply, by shortcut. */
    List<SavedReply> savedReplies();

    /** Stores a saved reply, replacing the one with the same shortcut. */
    void saveReply(SavedReply reply);

    /**
     * Deletes the saved reply with this shortcut.
     *
     * @return false (and nothing changed) when there is none
     */
    boolean deleteReply(String shortcut);
}
