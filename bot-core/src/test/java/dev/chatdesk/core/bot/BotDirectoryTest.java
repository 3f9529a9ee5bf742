package dev.chatdesk.core.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.core.nlu.Language;
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

    @Test
    void readsABilingualBotInEachOfItsLanguages(@TempDir Path bot) throws Exception {
        writeBilingualBot(bot, """
                    ask: {en: "Which order?", zh: "请问是哪个订单？"}
                """);
        BotLanguages languages = BotDirectory.loadLanguages(bot);

        assertEquals(List.of(Language.EN, Language.ZH), languages.languages());
        BotDefinition chinese = languages.in(Language.ZH);
        assertEquals(Language.ZH, chinese.language());
        assertEquals(List.of("我的快递到哪了？"), chinese.intent("order_status").orElseThrow().examples());
        assertEquals("查询订单", chinese.intent("order_status").orElseThrow().title());
        assertEquals("您好！", chinese.settings().greeting().get(0).text());
        assertEquals("请问是哪个订单？", chinese.flow("order_status").orElseThrow().slots().get(0).ask());
        assertEquals("Which order?", languages.in(Language.EN).flow("order_status").orElseThrow().slots().get(0).ask());
        // what bot.yml leaves out is Chatdesk's own text in the language
        assertTrue(chinese.settings().clarify().contains("请问"), chinese.settings().clarify());
        assertTrue(languages.in(Language.EN).settings().clarify().contains("Did you mean"));
    }

    @Test
    void aTextInOneLanguageOnlyOfABilingualBotIsNamedWithItsFileAndKey(@TempDir Path bot) throws Exception {
        writeBilingualBot(bot, """
                    ask: "Which order?"
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotDirectory.loadLanguages(bot));
        assertTrue(e.getMessage().contains("order_status.yml") && e.getMessage().contains("'slots/0/ask'")
                && e.getMessage().contains("en: ..., zh: ..."), e.getMessage());
    }

    @Test
    void aMissingTranslationIsNamedWithItsFileKeyAndLanguage(@TempDir Path bot) throws Exception {
        writeBilingualBot(bot, """
                    ask: {en: "Which order?"}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotDirectory.loadLanguages(bot));
        assertTrue(e.getMessage().contains("order_status.yml") && e.getMessage().contains("'slots/0/ask' has no 'zh' version"),
                e.getMessage());
    }

    @Test
    void aLanguageChatdeskDoesNotSpeakIsAnError(@TempDir Path bot) throws Exception {
        writeBilingualBot(bot, """
                    ask: {en: "Which order?", zh: "请问是哪个订单？"}
                """);
        Files.writeString(bot.resolve("bot.yml"), "languages: [en, fr]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotDirectory.loadLanguages(bot));
        assertTrue(e.getMessage().contains("bot.yml") && e.getMessage().contains("'fr'"), e.getMessage());
    }

    /** A bot in English and Chinese whose one flow's slot is written as given. */
    private static void writeBilingualBot(Path bot, String slotAsk) throws Exception {
        Files.createDirectories(bot.resolve("intents"));
        Files.createDirectories(bot.resolve("flows"));
        Files.writeString(bot.resolve("bot.yml"), """
                languages: [en, zh]
                greeting:
                  en: [{text: "Hello!"}]
                  zh: [{text: "您好！"}]
                """);
        Files.writeString(bot.resolve("intents/order_status.yml"), """
                intent: order_status
                title: {en: "Order status", zh: "查询订单"}
                examples:
                  en: ["where is my order"]
                  zh: ["我的快递到哪了？"]
                """);
        Files.writeString(bot.resolve("flows/order_status.yml"), """
                flow: order_status
                trigger: order_status
                slots:
                  - name: order_number
                """ + slotAsk + """
                done:
                  text: {en: "Thanks.", zh: "谢谢。"}
                """);
    }
}
