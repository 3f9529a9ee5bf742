package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.MessageJson;
import dev.chatdesk.core.conversation.Conversation;
import dev.chatdesk.core.conversation.Customer;
import dev.chatdesk.core.conversation.Escalation;
import dev.chatdesk.core.conversation.SentimentPoint;
import dev.chatdesk.core.privacy.PiiRedactor;
import dev.chatdesk.core.service.AgentAssist;
import dev.chatdesk.core.service.ConversationRecord;
import dev.chatdesk.core.service.QueueEntry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.TreeMap;

/** The agent API's JSON forms: queue entries, conversations, escalations, suggestions. */
final class AgentJson {
    /** Previews (the queue's last messages, a list's snippet) show personal data masked; the transcript as written. */
    static final PiiRedactor PREVIEW = new PiiRedactor();

    private AgentJson() {}

    static JsonObject queueEntry(QueueEntry entry) {
        Escalation e = entry.escalation();
        JsonObject json = new JsonObject()
                .put("conversationId", e.conversationId())
                .put("status", entry.conversation().status().wireName())
                .put("escalatedAt", e.escalatedAt().toString())
                .put("reason", e.reason().wireName())
                .put("detail", e.detail())
                .put("customer", customer(entry.conversation().customer()))
                .put("channel", entry.conversation().channel())
                .put("summary", e.summary())
                .put("trend", trend(e))
                .put("assignee", entry.conversation().assignee())
                .put("overdue", entry.overdue());
        putLatestSentiment(json, e);
        JsonArray last = new JsonArray();
        entry.lastMessages().forEach(m -> last.add(MessageJson.messageForAgents(m).put("text", PREVIEW.redact(m.text()))));
        return json.put("lastMessages", last);
    }

    static JsonObject conversation(Conversation c) {
        return new JsonObject()
                .put("conversationId", c.id())
                .put("status", c.status().wireName())
                .put("assignee", c.assignee())
                .put("assigneeName", c.assigneeName())
                .put("channel", c.channel())
                .put("customer", customer(c.customer()))
                .put("customerId", c.customerId())
                .put("createdAt", c.createdAt().toString());
    }

    static JsonObject record(ConversationRecord record) {
        JsonObject json = conversation(record.conversation());
        JsonArray messages = new JsonArray();
        record.messages().forEach(m -> messages.add(MessageJson.messageForAgents(m)));
        json.put("messages", messages);
        record.escalation().ifPresent(e -> json.put("escalation", escalation(e)).put("reason", e.reason().wireName()));
        JsonArray others = new JsonArray();
        record.otherConversations().forEach(c -> others.add(conversation(c)));
        return json.put("otherConversations", others).put("slots", new JsonObject(new TreeMap<String, Object>(record.slots())));
    }

    /** An escalation: why, the summary, when, and the sentiment trend up to it. */
    static JsonObject escalation(Escalation e) {
        JsonObject escalation = new JsonObject()
                .put("reason", e.reason().wireName())
                .put("detail", e.detail())
                .put("summary", e.summary())
                .put("escalatedAt", e.escalatedAt().toString())
                .put("trend", trend(e));
        putLatestSentiment(escalation, e);
        return escalation;
    }

    /** Adds agent assist: {@code suggestions} (articles) and {@code suggestedReplies}. */
    static JsonObject withSuggestions(JsonObject json, AgentAssist.Suggestions suggestions) {
        JsonArray articles = new JsonArray();
        suggestions.articles().forEach(hit -> articles.add(new JsonObject()
                .put("id", hit.articleId())
                .put("title", hit.title())
                .put("url", hit.url())
                .put("passage", hit.passage())
                .put("score", hit.score())));
        return json.put("suggestions", articles).put("suggestedReplies", new JsonArray(suggestions.replies()));
    }

    private static void putLatestSentiment(JsonObject json, Escalation e) {
        if (!e.trend().isEmpty()) {
            SentimentPoint last = e.trend().get(e.trend().size() - 1);
            json.put("sentiment", new JsonObject().put("label", last.label().wireName()).put("score", last.score()));
            json.put("anger", last.anger());
        } else {
            json.putNull("sentiment").putNull("anger");
        }
    }

    private static JsonArray trend(Escalation e) {
        JsonArray trend = new JsonArray();
        for (SentimentPoint p : e.trend()) {
            trend.add(new JsonObject().put("seq", p.seq()).put("label", p.label().wireName()).put("score", p.score()).put("anger", p.anger()));
        }
        return trend;
    }

    static JsonObject customer(Customer customer) {
        return new JsonObject()
                .put("externalId", customer.externalId())
                .put("name", customer.name())
                .put("email", customer.email())
                .put("verified", customer.verified());
    }
}
