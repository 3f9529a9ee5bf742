package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chatdesk.server.testing.ApiClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Markup and script in the texts of all three senders, customer, bot and agent, are shown as the
 * letters they are, and nothing in them runs, in a real browser.
 */
class WidgetInjectionTest {
    private static final String IMAGE = "<img src=x onerror=\"window.__pwned=1\">";
    private static final String SCRIPT = "<script>window.__pwned=1</script>";
    private static final String AGENT_TEXT = SCRIPT + " <b>bold</b> " + IMAGE
            + " javascript:window.__pwned=1 https://help.example/returns\"onmouseover=\"window.__pwned=1";

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Map.of());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void markupFromTheCustomerTheBotAndAnAgentIsShownLiterallyAndRunsNothing() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(server.client().base() + "/");
            widget.openPanel();

            say(widget, SCRIPT);
            say(widget, "where is my order?");
            String echo = say(widget, IMAGE);
            assertTrue(echo.contains(IMAGE), "the bot repeats the answer it cannot read: " + echo);

            widget.askForAPerson();
            widget.awaitStatus("Waiting for a person");
            String conversationId = widget.storedConversation().at("/id").asText();
            ApiClient api = server.client();
            String agent = api.login("admin", TestServer.ADMIN_PASSWORD);
            api.post("/api/v1/agent/conversations/" + conversationId + "/claim", agent, ApiClient.object());
            api.post("/api/v1/agent/conversations/" + conversationId + "/messages", agent, ApiClient.object().put("text", AGENT_TEXT));
            widget.awaitNew("agent", 0);
            browser.screenshot("widget-injection");

            List<WidgetPage.Row> shown = widget.transcript();
            assertTrue(shown.contains(new WidgetPage.Row("customer", SCRIPT)), shown.toString());
            assertTrue(shown.contains(new WidgetPage.Row("customer", IMAGE)), shown.toString());
            assertEquals(AGENT_TEXT.replace("https://help.example/returns", "help.example"), widget.lastOf("agent"),
                    "shown literally, but for the web address: a link named by its site");
            assertEquals(0L, widget.script("return document.querySelector('chatdesk-widget').shadowRoot"
                    + ".querySelectorAll('.cd-log img, .cd-log script, .cd-log b').length + document.querySelectorAll('img').length"));
            assertEquals(List.of("https://help.example/returns"), widget.script("return [...document.querySelector('chatdesk-widget')"
                    + ".shadowRoot.querySelectorAll('.cd-agent .cd-bubble a')].map(a => a.href)"), "only the web address is a link");
            assertEquals("undefined", widget.script("return typeof window.__pwned"));
        }
    }

    /** Sends a message and returns the bot's answer. */
    private static String say(WidgetPage widget, String text) {
        long bots = widget.count("bot");
        widget.send(text);
        return widget.awaitNew("bot", bots);
    }
}
