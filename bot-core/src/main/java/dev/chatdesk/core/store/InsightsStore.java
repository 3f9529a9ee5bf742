package dev.chatdesk.core.store;

import dev.chatdesk.core.insights.Alert;
import dev.chatdesk.core.insights.AngryShare;
import dev.chatdesk.core.insights.Headline;
import dev.chatdesk.core.insights.Insights;
import dev.chatdesk.core.insights.InsightsRange;
import dev.chatdesk.core.insights.UnansweredQuestion;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The insights, measured from the stored conversations by the store's own queries (over indexes,
 * without reading messages into memory). Thread-safe; calls block: make them off event loops.
 */
public interface InsightsStore {
    /** The most intents {@link #measure} lists. */
    int TOP_INTENTS = 10;

    /**
     * Everything measured over the range; a customer message counts as angry when its anger is at
     * least {@code angryAt}.
     */
    Insights measure(InsightsRange range, double angryAt);

    /** Only the headline measures of the range (cheaper: what a change is measured against). */
    Headline headline(InsightsRange range);

    /**
     * The questions the bot could not answer from {@code from} to {@code to}, the newest
     * {@code limit}: customer messages it fell back on, and those it offered meanings for that the
     * customer declined ("none of these").
     */
    List<UnansweredQuestion> unanswered(Instant from, Instant to, int limit);

    /** The conversations in which customers wrote from {@code from} to {@code to}, and how many were angry at {@code angryAt}. */
    AngryShare angryShare(Instant from, Instant to, double angryAt);

    /** The open alert of this kind, if there is one. */
    Optional<Alert> openAlert(String kind);

    /** Raises an alert of this kind unless one is open (then empty: another node raised it first). */
    Optional<Alert> raise(String kind, String message, Instant at);

    /** Notes that the webhook took the alert. */
    void posted(long alertId, Instant at);

    /** Clears the alert, if it is open. */
    void clear(long alertId, Instant at);

    /** The alerts raised from {@code from} to {@code to}, and those still open, newest first. */
    List<Alert> alerts(Instant from, Instant to);
}
