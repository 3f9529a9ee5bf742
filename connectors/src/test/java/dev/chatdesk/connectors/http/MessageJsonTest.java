package dev.chatdesk.connectors.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.Role;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages as the API writes them, with the language of each. */
class MessageJsonTest {
    @Test
    void aMessageSaysWhichLanguageItIsIn() {
        JsonObject chinese = MessageJson.message(message("我的order NW-482913 还没到"));
        JsonObject english = MessageJson.message(message("where is NW-482913?"));

        assertEquals("zh", chinese.getString("language"));
        assertEquals("en", english.getString("language"));
        assertEquals("我的order NW-482913 还没到", chinese.getString("text"));
    }

    private static Message message(String text) {
        return new Message("m1", "c1", 1, Role.CUSTOMER, text, Instant.EPOCH, List.of(), List.of(), null, null, null, null);
    }
}
