package dev.chatdesk.core.bot;

import java.util.List;

/**
 * A piece of information a flow asks the customer for.
 *
 * @param name the slot's name, used as {@code {name}} in texts and URLs
 * @param type how the value is read
 * @param ask the question that asks for it
 * @param pattern the regular expression a {@code pattern} slot's value must match
 * @param options the answers a {@code choice} slot offers as buttons
 * @param invalid what the bot says when the answer is not valid ({@code {value}} is the answer)
 * @param maxAttempts how many invalid answers the bot takes before giving up on the flow
 * @param declined for a {@code yes_no} slot, what the bot says when the answer is no; the flow stops
 *     there (empty when a no is just a value)
 */
public record SlotDefinition(
        String name,
        SlotType type,
        String ask,
        String pattern,
        List<SlotOption> options,
        String invalid,
        int maxAttempts,
        String declined) {
    /** Fills defaults; the bot directory checks the rest. */
    public SlotDefinition {
        type = type == null ? SlotType.TEXT : type;
        options = options == null ? List.of() : List.copyOf(options);
        invalid = invalid == null || invalid.isBlank() ? "Sorry, that doesn't look right. " + ask : invalid;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        declined = declined == null ? "" : declined;
    }

    /** The buttons offered with the question. */
    public List<QuickReply> quickReplies() {
        return switch (type) {
            case CHOICE -> options.stream().map(o -> new QuickReply(o.title(), o.title())).toList();
            case YES_NO -> List.of(new QuickReply("Yes", "yes"), new QuickReply("No", "no"));
            default -> List.of();
        };
    }
}
