package dev.chatdesk.connectors.agent;

import dev.chatdesk.connectors.http.MessageJson;
import dev.chatdesk.core.conversation.CustomerExport.ConversationExport;
import dev.chatdesk.core.conversation.CustomerExport;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A customer's data as one JSON document, for the API's export and the command line's: the
 * customer, then each conversation with its messages (with what the model read in them, and
 * agents' notes), escalations and rating.
 */
public final class CustomerExportJson {
    private CustomerExportJson() {}

    /** The document, stamped with the time of the export. */
    public static JsonObject of(CustomerExport export, Instant exportedAt) {
        JsonArray conversations = new JsonArray();
        export.conversations().forEach(c -> conversations.add(conversation(c)));
        return new JsonObject()
                .put("customerId", export.customerId())
                .put("customer", export.customer() == null ? null : AgentJson.customer(export.customer()))
                .put("createdAt", export.createdAt().toString())
                .put("exportedAt", exportedAt.toString())
                .put("conversations", conversations)
                .put("tags", CustomerProfileJson.tags(export.tags()));
    }

    private static JsonObject conversation(ConversationExport export) {
        JsonObject json = AgentJson.conversation(export.conversation())
                .put("channelAddress", export.conversation().channelAddress())
                .put("locale", export.conversation().locale())
                .put("updatedAt", export.conversation().updatedAt().toString());
        JsonArray messages = new JsonArray();
        export.messages().forEach(m -> messages.add(MessageJson.messageForAgents(m)));
        JsonArray escalations = new JsonArray();
        export.escalations().forEach(e -> escalations.add(AgentJson.escalation(e)));
        json.put("messages", messages).put("escalations", escalations);
        if (export.feedback() != null) {
            json.put("feedback", new JsonObject()
                    .put("rating", export.feedback().rating())
                    .put("comment", export.feedback().comment())
                    .put("createdAt", export.feedback().createdAt().toString()));
        }
        return json;
    }
}
