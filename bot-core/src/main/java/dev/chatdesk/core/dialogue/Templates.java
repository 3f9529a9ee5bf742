package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.JsonPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} and {@code {response.field.sub}} placeholders in bot texts and action URLs.
 * A placeholder with no value is left as it is, so a mistake in a bot shows instead of vanishing.
 */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");

    private Templates() {}

    /** The text with its placeholders filled. */
    static String fill(String template, Map<String, ?> values) {
        return fill(template, values, UnaryOperator.identity());
    }

    /** The URL with its placeholders filled and URL-encoded; variables (whole base URLs) are not encoded. */
    static String fillUrl(String template, Map<String, ?> slotValues, Map<String, String> variables) {
        String withVariables = fill(template, variables);
        return fill(withVariables, slotValues, v -> URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private static String fill(String template, Map<String, ?> values, UnaryOperator<String> encode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = JsonPaths.lookup(values, m.group(1));
            String replacement = value == null ? m.group() : encode.apply(String.valueOf(value));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
