package dev.chatdesk.core.insights;

import java.util.List;

/**
 * Everything the insights measure over a range.
 *
 * @param range the range measured
 * @param headline the headline measures
 * @param turns what the bot did with the customer messages it answered
 * @param topIntents the intents read most often in customers' messages, most first
 * @param series the range bucket by bucket, every bucket present
 * @param agents each agent who answered an escalation of the range, by username
 */
public record Insights(InsightsRange range, Headline headline, BotTurns turns, List<IntentCount> topIntents,
        List<SeriesPoint> series, List<AgentMeasures> agents) {
    /** Copies the lists. */
    public Insights {
        topIntents = List.copyOf(topIntents);
        series = List.copyOf(series);
        agents = List.copyOf(agents);
    }
}
