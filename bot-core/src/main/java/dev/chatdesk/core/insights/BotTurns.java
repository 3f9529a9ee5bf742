package dev.chatdesk.core.insights;

import dev.chatdesk.core.conversation.BotAction;
import java.util.Map;

/**
 * What the bot did with the customer messages it answered in a range.
 *
 * @param byAction how many turns of each action
 */
public record BotTurns(Map<BotAction, Long> byAction) {
    /** Copies the map. */
    public BotTurns {
        byAction = Map.copyOf(byAction);
    }

    /** How many customer messages the bot answered. */
    public long total() {
        return byAction.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of the bot's turns with this action (0 when it had none). */
    public double rate(BotAction action) {
        long total = total();
        return total == 0 ? 0 : (double) byAction.getOrDefault(action, 0L) / total;
    }
}
