package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.bot.SlotOption;
import dev.chatdesk.core.bot.SlotType;
import dev.chatdesk.core.privacy.EmailAddresses;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a slot's value from a customer message. */
final class SlotReader {
    /** What is left around a value taken out of a text answer: commas, dashes, a leading "and". */
    private static final Pattern LOOSE_ENDS = Pattern.compile("^(?:[\\s,;:.\\-–]|and\\b|so\\b)+|[\\s,;:\\-–]+$", Pattern.CASE_INSENSITIVE);
    /** The gap a value cut out of Chinese leaves: Chinese has no spaces between words. */
    private static final Pattern GAP_IN_CHINESE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");

    /**
     * What an answer gave.
     *
     * @param value the slot's value, when the answer is valid
     * @param declined whether the customer said no to a yes/no slot that stops on no
     */
    record Reading(Optional<String> value, boolean declined) {
        static final Reading INVALID = new Reading(Optional.empty(), false);

        static Reading of(String value) {
            return new Reading(Optional.of(value), false);
        }
    }

    /**
     * A slot as the flow can read it now.
     *
     * @param definition the slot
     * @param choices the options of a choice slot: fetched ones first, then the slot's own
     * @param freeText whether the slot takes any text (a text slot, or a choice slot whose options could not be fetched)
     */
    record ReadableSlot(SlotDefinition definition, List<SlotOption> choices, boolean freeText) {}

    private SlotReader() {}

    /**
     * The value a message gives for a slot the bot has not asked about (or asks about now): an
     * order number, an e-mail address, an option it names, a text slot's {@code fillWhen} wording.
     * {@code otherValues} are values of other slots, taken out of a text answer.
     */
    static Optional<String> unprompted(ReadableSlot slot, String text, Collection<String> otherValues) {
        SlotDefinition definition = slot.definition();
        return switch (definition.type()) {
            case PATTERN -> find(Pattern.compile(definition.pattern()), text);
            case EMAIL -> EmailAddresses.first(text);
            case CHOICE -> slot.freeText() ? Optional.empty() : OptionMatcher.named(slot.choices(), text)
                    .or(() -> definition.optionsFrom() != null ? OptionMatcher.described(slot.choices(), text) : Optional.empty())
                    .map(SlotOption::value);
            case TEXT -> definition.fillWhen() != null && Pattern.compile(definition.fillWhen()).matcher(text).find()
                    ? Optional.of(remainder(text, otherValues)).filter(s -> !s.isEmpty())
                    : Optional.empty();
            case YES_NO -> Optional.empty();
        };
    }

    /** The answer to the bot's question for the slot. */
    static Reading read(ReadableSlot slot, TurnContext turn, Collection<String> otherValues) {
        String text = turn.text();
        if (slot.freeText()) {
            String rest = remainder(text, otherValues);
            return rest.isEmpty() ? Reading.INVALID : Reading.of(rest);
        }
        return switch (slot.definition().type()) {
            case PATTERN, EMAIL -> unprompted(slot, text, otherValues).map(Reading::of).orElse(Reading.INVALID);
            case CHOICE -> OptionMatcher.named(slot.choices(), text)
                    .or(() -> OptionMatcher.described(slot.choices(), text))
                    .map(o -> Reading.of(o.value())).orElse(Reading.INVALID);
            case TEXT -> Reading.INVALID;
            case YES_NO -> switch (YesNo.read(turn)) {
                case YES -> Reading.of("yes");
                case NO -> slot.definition().declined().isEmpty() ? Reading.of("no") : new Reading(Optional.empty(), true);
                case UNCLEAR -> Reading.INVALID;
            };
        };
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The text without the other slots' values in it, and the commas those leave. */
    private static String remainder(String text, Collection<String> otherValues) {
        String rest = text;
        for (String value : otherValues) {
            if (!value.isEmpty()) {
                rest = rest.replace(value, " ");
            }
        }
        String spaced = GAP_IN_CHINESE.matcher(rest.replaceAll("\\s+", " ")).replaceAll("");
        return LOOSE_ENDS.matcher(spaced.strip()).replaceAll("").strip();
    }
}
