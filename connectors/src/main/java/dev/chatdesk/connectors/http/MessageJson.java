package dev.chatdesk.connectors.http;

import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.conversation.Source;
import dev.chatdesk.core.nlu.NluResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The API's JSON forms of messages and what the model understood of them. */
public final class MessageJson {
    private MessageJson() {}

    /** A message as customers see it: {@code id, seq, role, text, createdAt}, with buttons and sources where it has them. */
    public static JsonObject message(Message m) {
        JsonObject json = new JsonObject()
                .put("id", m.id())
                .put("seq", m.seq())
                .put("role", m.role().wireName())
                .put("text", m.text())
                .put("language", m.language().code())
                .put("createdAt", m.createdAt().toString());
        if (!m.quickReplies().isEmpty()) {
            JsonArray buttons = new JsonArray();
            for (QuickReply q : m.quickReplies()) {
                buttons.add(new JsonObject().put("title", q.title()).put("payload", q.payload()));
            }
            json.put("quickReplies", buttons);
        }
        if (!m.sources().isEmpty()) {
            JsonArray sources = new JsonArray();
            for (Source s : m.sources()) {
                sources.add(new JsonObject().put("id", s.id()).put("title", s.title()).put("url", s.url()));
            }
            json.put("sources", sources);
        }
        return json;
    }

    /**
     * A message as agents see it: with the agent who wrote it (customers never see usernames: the
     * agent's display name reaches them with the conversation's status) and the model's reading of
     * customer messages.
     */
    public static JsonObject messageForAgents(Message m) {
        JsonObject json = message(m);
        if (m.author() != null) {
            json.put("author", m.author());
        }
        if (m.nlu() != null) {
            json.put("nlu", nlu(m.nlu()));
        }
        return json;
    }

    /** Messages as customers see them. */
    public static JsonArray messages(List<Message> messages) {
        JsonArray array = new JsonArray();
        messages.forEach(m -> array.add(message(m)));
        return array;
    }

    /** The stored reading of a message: {@code intent {name, confidence}, sentiment {label, score}, anger}. */
    public static JsonObject nlu(MessageNlu nlu) {
        return new JsonObject()
                .put("intent", new JsonObject().put("name", nlu.intent()).put("confidence", nlu.confidence()))
                .put("outOfScope", nlu.outOfScope())
                .put("sentiment", new JsonObject().put("label", nlu.sentiment().wireName()).put("score", nlu.sentimentScore()))
                .put("anger", nlu.anger());
    }

    /** A model result in the same form. */
    public static JsonObject nlu(NluResult result) {
        return nlu(MessageNlu.of(result));
    }
}
