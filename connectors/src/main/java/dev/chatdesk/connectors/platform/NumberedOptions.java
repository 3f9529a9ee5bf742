package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.OutboundMessage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Quick replies as numbered lines of text, for platforms without buttons (SMS) or with more options
 * than their buttons hold: the options are listed under the text, and a reply that is just an
 * option's number stands for that option's payload.
 */
public final class NumberedOptions {
    /** What the customer is told under the options. */
    static final String HINT = "Reply with a number to choose.";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private NumberedOptions() {}

    /** The message's text with its quick replies listed under it as {@code 1. Title}; the bare text when it has none. */
    public static String render(OutboundMessage message) {
        List<QuickReply> options = message.quickReplies();
        if (options.isEmpty()) {
            return message.text();
        }
        StringBuilder text = new StringBuilder(message.text()).append("\n");
        for (int i = 0; i < options.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(options.get(i).title());
        }
        return text.append("\n\n").append(HINT).toString();
    }

    /** Whether a reply is a bare number, as a choice among numbered options is. */
    public static boolean isNumber(String reply) {
        return NUMBER.matcher(reply.strip()).matches();
    }

    /** The payload of the option a reply picks by its number among {@code offered}; empty when it picks none. */
    public static Optional<String> choice(String reply, List<QuickReply> offered) {
        if (!isNumber(reply)) {
            return Optional.empty();
        }
        int number = Integer.parseInt(reply.strip());
        return number >= 1 && number <= offered.size() ? Optional.of(offered.get(number - 1).payload()) : Optional.empty();
    }
}
