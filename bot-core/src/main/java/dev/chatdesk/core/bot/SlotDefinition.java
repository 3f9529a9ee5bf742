package dev.chatdesk.core.bot;

import java.util.List;

/**
 * A piece of information a flow asks the customer for. Every message of the flow, the one that
 * started it included, can fill any slot that it clearly gives (an order number, a listed
 * choice, an e-mail address, a text slot's {@code fillWhen} wording), and a later message can
 * correct a value given before.
 *
 * @param name the slot's name, used as {@code {name}} in texts and URLs
 * @param type how the value is read
 * @param ask the question that asks for it
 * @param pattern the regular expression a {@code pattern} slot's value must match
 * @param options the answers a {@code choice} slot offers as buttons
 * @param optionsFrom where a {@code choice} slot fetches more options at run time (may be null)
 * @param fillWhen for a {@code text} slot, a regular expression: a message of the flow that
 *     matches it gives the slot's value even before the bot asks (may be null)
 * @param invalid what the bot says when the answer is not valid ({@code {value}} is the answer)
 * @param maxAttempts how many invalid answers the bot takes before giving up on the flow
 * @param declined for a {@code yes_no} slot, what the bot says when the answer is no; the flow stops
 *     there (empty when a no is just a value)
 * @param title what agents' summaries call the value ("order number", "订单号"); by default the
 *     name with spaces for underscores
 */
public record SlotDefinition(
        String name,
        SlotType type,
        String ask,
        String pattern,
        List<SlotOption> options,
        OptionsSource optionsFrom,
        String fillWhen,
        String invalid,
        int maxAttempts,
        String declined,
        String title) {
    /** Fills defaults; the bot directory checks the rest. */
    public SlotDefinition {
        type = type == null ? SlotType.TEXT : type;
        options = options == null ? List.of() : List.copyOf(options);
        invalid = invalid == null || invalid.isBlank() ? "Sorry, that doesn't look right. " + ask : invalid;
        maxAttempts = maxAttempts <= 0 ? 3 : maxAttempts;
        declined = declined == null ? "" : declined;
        title = title == null || title.isBlank() ? name.replace('_', ' ') : title;
    }
}
