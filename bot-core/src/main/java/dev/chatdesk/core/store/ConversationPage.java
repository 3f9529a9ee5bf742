package dev.chatdesk.core.store;

import java.util.List;

/**
 * One page of a conversation list.
 *
 * @param items the conversations, newest activity first
 * @param next where the next page starts (null on the last page)
 */
public record ConversationPage(List<ListedConversation> items, PageCursor next) {
    /** Copies the list. */
    public ConversationPage {
        items = List.copyOf(items);
    }
}
