package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.SlotDefinition;
import dev.chatdesk.core.bot.SlotOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a slot's value from a customer message. */
final class SlotReader {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

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

    private SlotReader() {}

    /** The value of a slot the message gives before the bot asked for it (patterns and e-mails only). */
    static Optional<String> readUnprompted(SlotDefinition slot, String text) {
        return switch (slot.type()) {
            case PATTERN -> find(Pattern.compile(slot.pattern()), text);
            case EMAIL -> find(EMAIL, text);
            default -> Optional.empty();
        };
    }

    /** The answer to the bot's question for the slot. */
    static Reading read(SlotDefinition slot, TurnContext turn) {
        String text = turn.text();
        return switch (slot.type()) {
            case PATTERN -> find(Pattern.compile(slot.pattern()), text).map(Reading::of).orElse(Reading.INVALID);
            case EMAIL -> find(EMAIL, text).map(Reading::of).orElse(Reading.INVALID);
            case TEXT -> Reading.of(text);
            case CHOICE -> choose(slot, text).map(Reading::of).orElse(Reading.INVALID);
            case YES_NO -> switch (YesNo.read(turn)) {
                case YES -> Reading.of("yes");
                case NO -> slot.declined().isEmpty() ? Reading.of("no") : new Reading(Optional.empty(), true);
                case UNCLEAR -> Reading.INVALID;
            };
        };
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Optional<String> choose(SlotDefinition slot, String text) {
        String answer = YesNo.normalise(text);
        for (SlotOption option : slot.options()) {
            if (answer.equals(YesNo.normalise(option.title())) || answer.equals(YesNo.normalise(option.value()))) {
                return Optional.of(option.value());
            }
        }
        for (SlotOption option : slot.options()) {
            if (answer.contains(YesNo.normalise(option.value())) || answer.contains(YesNo.normalise(option.title()))) {
                return Optional.of(option.value());
            }
        }
        return Optional.empty();
    }
}
