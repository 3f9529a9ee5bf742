package dev.chatdesk.connectors.platform;

import dev.chatdesk.core.bot.QuickReply;
import java.util.List;

/** Fits quick-reply titles into a platform's limit on button labels, which refuses longer ones outright. */
public final class ButtonTitles {
    private ButtonTitles() {}

    /** The title, cut to at most {@code maxChars} characters with an ellipsis when it is longer; never splits a character in two. */
    public static String fit(String title, int maxChars) {
        if (title.codePointCount(0, title.length()) <= maxChars) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, maxChars - 1)).stripTrailing() + "…";
    }

    /** Whether the fitted titles of these options are all different, as platforms require of the buttons of one message. */
    public static boolean distinct(List<QuickReply> options, int maxChars) {
        return options.stream().map(option -> fit(option.title(), maxChars)).distinct().count() == options.size();
    }
}
