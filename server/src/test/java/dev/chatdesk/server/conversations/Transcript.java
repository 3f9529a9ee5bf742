package dev.chatdesk.server.conversations;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A conversation written down as the customer saw it: each line of the customer, what the model
 * read in it, the bot's and agents' messages with their buttons and cited articles, and each change
 * of status. Not thread-safe.
 */
final class Transcript {
    private static final String INDENT = "            ";
    private final StringBuilder text = new StringBuilder();
    private String status;

    /** The customer's message, or the button they pressed (then {@code pressed} is its title and {@code text} its payload). */
    void customer(String message, String pressed) {
        line("customer", pressed == null ? message : "[presses \"" + pressed + "\"]");
    }

    /** What the model read in the customer's last message. */
    void reading(JsonNode nlu) {
        if (nlu.isMissingNode() || nlu.isNull()) {
            return;
        }
        text.append(INDENT).append(String.format(Locale.ROOT, "(read as %s %.2f, %s, anger %.2f)%n",
                nlu.at("/intent/name").asText(), nlu.at("/intent/confidence").asDouble(),
                nlu.at("/sentiment/label").asText(), nlu.at("/anger").asDouble()));
    }

    /** A message the customer sees. */
    void message(JsonNode message) {
        line(message.at("/role").asText(), message.at("/text").asText());
        List<String> buttons = new ArrayList<>();
        message.at("/quickReplies").forEach(b -> buttons.add(b.at("/title").asText()));
        if (!buttons.isEmpty()) {
            text.append(INDENT).append("[").append(String.join(" | ", buttons)).append("]\n");
        }
        List<String> sources = new ArrayList<>();
        message.at("/sources").forEach(s -> sources.add("\"" + s.at("/title").asText() + "\""));
        if (!sources.isEmpty()) {
            text.append(INDENT).append("(cites ").append(String.join(", ", sources)).append(")\n");
        }
    }

    /** What an agent types. */
    void agentSays(String message) {
        note("an agent types: " + message);
    }

    /** Something that happens outside the chat. */
    void note(String what) {
        text.append(INDENT).append("-- ").append(what).append('\n');
    }

    /** The conversation's status after a turn, written when it changes. */
    void status(String now) {
        if (status != null && !status.equals(now)) {
            note("status: " + now);
        }
        status = now;
    }

    String text() {
        return text.toString();
    }

    private void line(String who, String message) {
        text.append(String.format(Locale.ROOT, "  %-10s%s%n", who + ":", message.replace("\n", "\n" + INDENT)));
    }
}
