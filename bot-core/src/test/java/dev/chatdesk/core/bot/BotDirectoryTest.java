package dev.chatdesk.core.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotDirectoryTest {

    @Test
    void readsIntentsWithExamplesResponsesAndQuickReplies(@TempDir Path bot) throws Exception {
        Files.createDirectories(bot.resolve("intents"));
        Files.writeString(bot.resolve("intents/order_status.yml"), """
                intent: order_status
                description: Where is my order.
                examples:
                  - "where is my order"
                  - "wheres my parcel??"
                responses:
                  - text: "What is your order number?"
                    quickReplies:
                      - title: "I don't have it"
                        payload: "/no_order_number"
                """);
        Files.writeString(bot.resolve("intents/out_of_scope.yml"), """
                intent: out_of_scope
                examples: ["tell me a joke"]
                """);
        BotDefinition definition = BotDirectory.load(bot);
        IntentDefinition intent = definition.intent("order_status").orElseThrow();
        assertEquals(List.of("where is my order", "wheres my parcel??"), intent.examples());
        assertEquals(new QuickReply("I don't have it", "/no_order_number"),
                intent.responses().get(0).quickReplies().get(0));
        assertTrue(definition.hasOutOfScopeExamples());
    }

    @Test
    void aFileWithoutTheIntentNameIsNamedInTheError(@TempDir Path bot) throws Exception {
        Files.createDirectories(bot.resolve("intents"));
        Files.writeString(bot.resolve("intents/broken.yml"), "examples: [\"hi\"]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotDirectory.load(bot));
        assertTrue(e.getMessage().contains("broken.yml") && e.getMessage().contains("'intent'"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorNotSilentlyIgnored(@TempDir Path bot) throws Exception {
        Files.createDirectories(bot.resolve("intents"));
        Files.writeString(bot.resolve("intents/greet.yml"), "intent: greet\nexample: [\"hi\"]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotDirectory.load(bot));
        assertTrue(e.getMessage().contains("greet.yml") && e.getMessage().contains("example"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutIntentsIsNotABot(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> BotDirectory.load(dir));
    }
}
