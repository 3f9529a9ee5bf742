package dev.chatdesk.core.insights;

import dev.chatdesk.core.store.InsightsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Watches the share of conversations with an angry customer. Each check compares the last hour
 * with the same hour of the seven days before: when the share has jumped by at least the configured
 * amount over that usual level (and enough customers wrote to tell), it raises one alert and posts
 * it to the team's webhook; the alert stays open, posted once, until the share falls back below half
 * the jump over the usual level. Safe on several nodes: the store keeps one open alert a kind.
 */
public final class AngerWatch {
    /** The kind of the alerts it raises. */
    public static final String KIND = "angry_share";
    /** How many days before give the usual level of the hour. */
    static final int BASELINE_DAYS = 7;
    /** Fewer conversations than this in the hour say too little to raise an alert. */
    static final int MIN_CONVERSATIONS = 5;
    private static final Duration WINDOW = Duration.ofHours(1);

    /** What a check did. */
    public enum Outcome {
        /** The share jumped: an alert was raised. */
        RAISED,
        /** An alert is open and the share is still high. */
        STILL_OPEN,
        /** The open alert cleared. */
        CLEARED,
        /** No alert, and no reason for one. */
        CALM
    }

    /** Where alerts are posted (a Slack-compatible incoming webhook). */
    public interface Webhook {
        /** Posts the alert; whether the webhook took it (false: posted again at the next check). */
        boolean post(Alert alert);
    }

    private final InsightsStore store;
    private final double angryAt;
    private final double jump;
    private final Webhook webhook;
    private final Clock clock;

    /**
     * A watch over the store's conversations, counting a message angry from {@code angryAt}, raising
     * an alert when the hour's share is {@code jump} over its usual level, posting it to
     * {@code webhook} (null: none).
     */
    public AngerWatch(InsightsStore store, double angryAt, double jump, Webhook webhook, Clock clock) {
        if (!(jump > 0 && jump <= 1)) {
            throw new IllegalArgumentException("the jump is a share from 0 (excluded) to 1, was " + jump);
        }
        this.store = store;
        this.angryAt = angryAt;
        this.jump = jump;
        this.webhook = webhook;
        this.clock = clock;
    }

    /** Compares the last hour with its usual level, and raises, keeps or clears the alert. Blocks on the store. */
    public Outcome check() {
        Instant now = clock.instant();
        AngryShare lastHour = store.angryShare(now.minus(WINDOW), now, angryAt);
        AngryShare usual = new AngryShare(0, 0);
        for (int day = 1; day <= BASELINE_DAYS; day++) {
            Instant then = now.minus(Duration.ofDays(day));
            usual = usual.plus(store.angryShare(then.minus(WINDOW), then, angryAt));
        }
        double rise = lastHour.share() - usual.share();
        Optional<Alert> open = store.openAlert(KIND);
        if (open.isPresent()) {
            if (open.get().postedAt() == null) {
                post(open.get());
            }
            if (rise < jump / 2) {
                store.clear(open.get().id(), now);
                return Outcome.CLEARED;
            }
            return Outcome.STILL_OPEN;
        }
        if (lastHour.conversations() < MIN_CONVERSATIONS || rise < jump) {
            return Outcome.CALM;
        }
        Optional<Alert> raised = store.raise(KIND, message(lastHour, usual), now);
        raised.ifPresent(this::post);
        return raised.isPresent() ? Outcome.RAISED : Outcome.STILL_OPEN;
    }

    private void post(Alert alert) {
        if (webhook != null && webhook.post(alert)) {
            store.posted(alert.id(), clock.instant());
        }
    }

    private static String message(AngryShare lastHour, AngryShare usual) {
        return String.format(Locale.ROOT, "Angry customers: %d of %d conversations in the last hour (%.0f%%), against %.0f%% usually at this hour.",
                lastHour.angry(), lastHour.conversations(), 100 * lastHour.share(), 100 * usual.share());
    }
}
