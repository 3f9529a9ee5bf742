package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.core.bot.BotDirectory;
import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.nlu.Language;
import dev.chatdesk.core.nlu.LanguageDetector;
import dev.chatdesk.server.testing.ApiClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Chinese customer of the bilingual demo shop end to end, over real HTTP: the real server with
 * the demo bot's Chinese model (fine-tuned from bge-small-zh), its Chinese help articles and its
 * order service, and the agent who takes over.
 */
class ChineseConversationTest {
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start(Map.of());
        api = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** A conversation started by a widget on a page in {@code zh-CN}. */
    private static Chat startChinese() throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object().put("locale", "zh-CN"));
        assertEquals(201, started.status(), started.text());
        return new Chat(new CustomerChat(api, started.at("/conversationId").asText(), started.at("/token").asText()),
                started.at("/messages/0"));
    }

    private record Chat(CustomerChat customer, JsonNode greeting) {}

    private static void assertChinese(String text) {
        assertEquals(Language.ZH, LanguageDetector.detect(text), text);
    }

    @Test
    void aChineseCustomerIsGreetedInChinese() throws Exception {
        Chat chat = startChinese();
        List<String> greetings = BotDirectory.loadLanguages(BotDirectory.demoDirectory()).in(Language.ZH)
                .settings().greeting().stream().map(BotResponse::text).toList();
        assertTrue(greetings.contains(chat.greeting().at("/text").asText()), chat.greeting().toString());
        assertEquals("zh", chat.greeting().at("/language").asText());
        chat.greeting().at("/quickReplies").forEach(button -> assertChinese(button.at("/title").asText()));
    }

    @Test
    void anIntentIsAnsweredInChinese() throws Exception {
        ApiClient.Response turn = startChinese().customer().say("请问你们支持哪些付款方式？");
        String reply = CustomerChat.replyText(turn);
        assertChinese(reply);
        assertTrue(reply.contains("PayPal"), reply);
        assertEquals("zh", turn.at("/message/language").asText());
    }

    @Test
    void aQuestionNoIntentCoversIsAnsweredFromAChineseHelpArticleAndCitesIt() throws Exception {
        ApiClient.Response turn = startChinese().customer().say("冲锋衣上写的20000mm防水是什么概念？");
        JsonNode reply = turn.at("/replies/0");
        assertChinese(reply.at("/text").asText());
        assertEquals("products-waterproof-ratings-zh", reply.at("/sources/0/id").asText(), turn.text());
        assertTrue(reply.at("/sources/0/url").asText().contains("/zh/"), turn.text());
        assertFalse(reply.at("/text").asText().contains(reply.at("/sources/0/title").asText()),
                "the article is cited once, as the answer's source: " + turn.text());
    }

    @Test
    void theOrderFlowAsksForTheOrderNumberInChineseAndTracksTheParcel() throws Exception {
        CustomerChat chat = startChinese().customer();
        String asked = CustomerChat.replyText(chat.say("我的快递到哪了？"));
        assertChinese(asked);
        assertTrue(asked.contains("订单号"), asked);

        // an order number alone says nothing about the language: the conversation stays Chinese
        ApiClient.Response tracked = chat.say("NW-482913");
        String status = CustomerChat.replyText(tracked);
        assertEquals("zh", tracked.at("/message/language").asText());
        assertChinese(status);
        assertTrue(status.contains("NW-482913") && status.contains("DHL") && status.contains("运单号"), status);
    }

    @Test
    void anAngryCustomerGoesToTheAgentsWithTheChineseHistorySummaryAndSentiment() throws Exception {
        CustomerChat chat = startChinese().customer();
        chat.say("我的快递到哪了？");
        ApiClient.Response angry = chat.say("你们这群骗子！！钱扣了货也不发，马上给我退款！");
        assertEquals("waiting_for_agent", angry.at("/status").asText(), angry.text());
        String handover = CustomerChat.replyText(angry);
        assertChinese(handover);
        assertTrue(handover.contains("抱歉"), handover);

        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        JsonNode entry = AgentQueue.entry(api, agent, chat.id());
        assertEquals("anger", entry.at("/reason").asText());
        assertEquals("negative", entry.at("/sentiment/label").asText());
        assertTrue(entry.at("/anger").asDouble() > 0.5, entry.toString());
        String summary = entry.at("/summary").asText();
        assertTrue(summary.startsWith("诉求：订单物流（“我的快递到哪了？”）") && summary.contains("你们这群骗子"), summary);

        JsonNode history = api.get("/api/v1/agent/conversations/" + chat.id(), agent).json().at("/messages");
        JsonNode question = history.get(1);
        assertEquals("我的快递到哪了？", question.at("/text").asText());
        assertEquals("zh", question.at("/language").asText());
        assertEquals("order_status", question.at("/nlu/intent/name").asText());
    }

    @Test
    void askingForAPersonInChineseEscalates() throws Exception {
        CustomerChat chat = startChinese().customer();
        ApiClient.Response turn = chat.say("我要转人工");
        assertEquals("waiting_for_agent", turn.at("/status").asText(), turn.text());
        assertChinese(CustomerChat.replyText(turn));
        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        JsonNode entry = AgentQueue.entry(api, agent, chat.id());
        assertEquals("requested", entry.at("/reason").asText());
        assertChinese(entry.at("/detail").asText());
    }

    @Test
    void theAgentIsOfferedChineseArticlesAndRepliesForAChineseConversation() throws Exception {
        CustomerChat chat = startChinese().customer();
        chat.say("退货运费谁出？");
        chat.say("NW-482913"); // no Chinese in it: the conversation's language still decides what is searched
        chat.say("我要转人工");
        String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
        JsonNode view = api.get("/api/v1/agent/conversations/" + chat.id(), agent).json();
        assertTrue(view.at("/suggestions").size() > 0, view.toString());
        view.at("/suggestions").forEach(article -> assertTrue(article.at("/id").asText().endsWith("-zh"), article.toString()));
        view.at("/suggestedReplies").forEach(reply -> assertChinese(reply.asText()));
        // the details collected are named in Chinese too (the flow's slot titles)
        String summary = AgentQueue.entry(api, agent, chat.id()).at("/summary").asText();
        assertTrue(summary.contains("已收集：订单号 NW-482913"), summary);
    }

    @Test
    void anArticleAnAdminWritesInChineseAnswersChineseQuestions() throws Exception {
        String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        ApiClient.Response saved = api.put("/api/v1/admin/kb/articles/lantern-festival-zh", admin, ApiClient.object()
                .put("title", "元宵节发货安排").put("language", "zh").put("locale", "zh-CN")
                .put("body", "元宵节当天仓库照常发货。节日期间下单的订单，会在一个工作日内从德国仓库发出，灯笼造型的赠品送完即止。"));
        assertEquals(200, saved.status(), saved.text());
        assertEquals("zh", saved.at("/language").asText());

        JsonNode found = api.get("/api/v1/kb/search?q=" + URLEncoder.encode("元宵节发货吗", StandardCharsets.UTF_8), null).json();
        assertEquals("lantern-festival-zh", found.at("/hits/0/id").asText(), found.toString());
    }

    @Test
    void theSameBotAnswersAnEnglishCustomerInEnglish() throws Exception {
        ApiClient.Response started = api.post("/api/v1/conversations", null, ApiClient.object().put("locale", "en"));
        CustomerChat chat = new CustomerChat(api, started.at("/conversationId").asText(), started.at("/token").asText());
        assertEquals("en", started.at("/messages/0/language").asText());
        String asked = CustomerChat.replyText(chat.say("where is my parcel?"));
        assertEquals(Language.EN, LanguageDetector.detect(asked), asked);
        assertTrue(asked.contains("order number"), asked);
    }
}
