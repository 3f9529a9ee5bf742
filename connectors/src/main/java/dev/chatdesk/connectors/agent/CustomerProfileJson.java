package dev.chatdesk.connectors.agent;

import dev.chatdesk.core.conversation.CustomerConversation;
import dev.chatdesk.core.conversation.CustomerMood;
import dev.chatdesk.core.conversation.CustomerProfile;
import dev.chatdesk.core.conversation.CustomerTag;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A customer's profile as the console reads it. */
final class CustomerProfileJson {
    private CustomerProfileJson() {}

    static JsonObject profile(CustomerProfile profile) {
        JsonArray conversations = new JsonArray();
        for (CustomerConversation c : profile.conversations()) {
            conversations.add(new JsonObject()
                    .put("conversationId", c.conversationId())
                    .put("channel", c.channel())
                    .put("status", c.status().wireName())
                    .put("outcome", c.outcome().wireName())
                    .put("startedAt", c.startedAt().toString())
                    .put("lastActivityAt", c.lastActivityAt().toString())
                    .put("escalationReason", c.escalationReason() == null ? null : c.escalationReason().wireName())
                    .put("agent", c.agent())
                    .put("rating", c.rating()));
        }
        JsonArray sentiment = new JsonArray();
        for (CustomerMood mood : profile.sentiment()) {
            sentiment.add(new JsonObject()
                    .put("at", mood.at().toString())
                    .put("conversationId", mood.conversationId())
                    .put("label", mood.label().wireName())
                    .put("anger", mood.anger()));
        }
        return new JsonObject()
                .put("customerId", profile.customerId())
                .put("customer", AgentJson.customer(profile.customer()))
                .put("firstSeenAt", profile.firstSeenAt().toString())
                .put("identities", new JsonArray(profile.identities()))
                .put("linkedCustomerIds", new JsonArray(profile.linkedCustomerIds()))
                .put("conversationCount", profile.conversationCount())
                .put("conversations", conversations)
                .put("sentiment", sentiment)
                .put("csat", new JsonObject().put("average", profile.averageRating()).put("responses", profile.ratings()))
                .put("tags", tags(profile.tags()));
    }

    static JsonArray tags(List<CustomerTag> tags) {
        JsonArray json = new JsonArray();
        tags.forEach(tag -> json.add(new JsonObject().put("tag", tag.tag()).put("addedBy", tag.addedBy())
                .put("addedAt", tag.addedAt().toString())));
        return json;
    }
}
