package dev.chatdesk.core.store;

import static java.util.Objects.requireNonNull;

import dev.chatdesk.core.conversation.ConversationStatus;
import dev.chatdesk.core.conversation.EscalationReason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which conversations to list, newest activity first: those with every term of {@code text}
 * (in the customer's name or e-mail address, or in a message of the customer, an agent or a
 * note), narrowed by the filters that are set (null or empty: any).
 *
 * @param text the words to look for (null or blank: every conversation)
 * @param statuses the statuses to list (empty: all)
 * @param channel the channel
 * @param assignee the agent who has the conversation now
 * @param activeFrom the earliest last activity
 * @param activeTo the latest last activity (exclusive)
 * @param reason a reason the conversation was ever escalated for
 * @param visibleTo an agent who sees only conversations waiting for an agent and those they have
 *     or once had (null: every conversation, as an admin)
 * @param after where the previous page ended (null: the first page)
 * @param limit the most conversations in a page
 */
public record ConversationQuery(
        String text,
        Set<ConversationStatus> statuses,
        String channel,
        String assignee,
        Instant activeFrom,
        Instant activeTo,
        EscalationReason reason,
        String visibleTo,
        PageCursor after,
        int limit) {
    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    /** Checks the page size and copies the statuses. */
    public ConversationQuery {
        requireNonNull(statuses, "statuses");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Every conversation, newest activity first, in pages of {@code limit}. */
    public static ConversationQuery all(int limit) {
        return new ConversationQuery(null, Set.of(), null, null, null, null, null, null, null, limit);
    }

    /** This query with other words. */
    public ConversationQuery withText(String words) {
        return new ConversationQuery(words, statuses, channel, assignee, activeFrom, activeTo, reason, visibleTo, after, limit);
    }

    /** This query for other statuses. */
    public ConversationQuery withStatuses(Set<ConversationStatus> wanted) {
        return new ConversationQuery(text, wanted, channel, assignee, activeFrom, activeTo, reason, visibleTo, after, limit);
    }

    /** This query on one channel. */
    public ConversationQuery withChannel(String name) {
        return new ConversationQuery(text, statuses, name, assignee, activeFrom, activeTo, reason, visibleTo, after, limit);
    }

    /** This query for conversations once escalated for this reason. */
    public ConversationQuery withReason(EscalationReason escalatedFor) {
        return new ConversationQuery(text, statuses, channel, assignee, activeFrom, activeTo, escalatedFor, visibleTo, after, limit);
    }

    /** This query for conversations last active from {@code from} to before {@code to} (either null: unbounded). */
    public ConversationQuery activeBetween(Instant from, Instant to) {
        return new ConversationQuery(text, statuses, channel, assignee, from, to, reason, visibleTo, after, limit);
    }

    /** This query for conversations this agent has now. */
    public ConversationQuery withAssignee(String agent) {
        return new ConversationQuery(text, statuses, channel, agent, activeFrom, activeTo, reason, visibleTo, after, limit);
    }

    /** This query as an agent sees it (null: as an admin). */
    public ConversationQuery visibleTo(String agent) {
        return new ConversationQuery(text, statuses, channel, assignee, activeFrom, activeTo, reason, agent, after, limit);
    }

    /** The page after the one that ended at {@code cursor}. */
    public ConversationQuery after(PageCursor cursor) {
        return new ConversationQuery(text, statuses, channel, assignee, activeFrom, activeTo, reason, visibleTo, cursor, limit);
    }

    /** The terms a conversation must have; none when the query has no words. */
    public List<String> terms() {
        return SearchTerms.query(text);
    }
}
