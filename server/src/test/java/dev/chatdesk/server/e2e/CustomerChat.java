package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.server.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;

/** A customer's side of one conversation, over the customer API. */
record CustomerChat(ApiClient api, String id, String token) {
    /** Starts a conversation as the named customer. */
    static CustomerChat start(ApiClient api, String name, String email) throws Exception {
        return start(api, ApiClient.object().put("name", name).put("email", email));
    }

    /** Starts a conversation as the customer the JSON object describes ({@code externalId}, {@code identityHash}, ...). */
    static CustomerChat start(ApiClient api, ObjectNode customer) throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object().set("customer", customer));
        assertEquals(201, started.status(), started.text());
        return new CustomerChat(api, started.at("/conversationId").asText(), started.at("/token").asText());
    }

    /** A customer (e-mail first.last@example.com) who asks a question, then for a person. */
    static CustomerChat escalated(ApiClient api, String name, String question) throws Exception {
        CustomerChat chat = start(api, name, name.toLowerCase().replace(' ', '.') + "@example.com");
        chat.say(question);
        chat.askForAPerson();
        return chat;
    }

    /** Sends a message, expecting it to be taken. */
    ApiClient.Response say(String text) throws Exception {
        return say(text, null);
    }

    /** Sends a message with the client's id for it (a retry sends the same id), expecting it to be taken. */
    ApiClient.Response say(String text, String clientMessageId) throws Exception {
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/messages", token,
                ApiClient.object().put("text", text).put("clientMessageId", clientMessageId));
        assertEquals(200, response.status(), response.text());
        return response;
    }

    /** Presses the widget's "talk to a person" button. */
    ApiClient.Response askForAPerson() throws Exception {
        ApiClient.Response response = api.post("/api/v1/conversations/" + id + "/handoff", token, ApiClient.object());
        assertEquals(200, response.status(), response.text());
        return response;
    }

    /** The conversation's messages as the customer sees them. */
    ApiClient.Response history() throws Exception {
        return api.get("/api/v1/conversations/" + id, token);
    }

    /** The address of this conversation's customer WebSocket. */
    String socketUrl(int port) {
        return "ws://127.0.0.1:" + port + "/api/v1/conversations/" + id + "/events?token=" + token;
    }

    /** The texts of a turn's replies, one a line. */
    static String replyText(ApiClient.Response turn) {
        List<String> texts = new ArrayList<>();
        turn.at("/replies").forEach(r -> texts.add(r.at("/text").asText()));
        return String.join("\n", texts);
    }
}
