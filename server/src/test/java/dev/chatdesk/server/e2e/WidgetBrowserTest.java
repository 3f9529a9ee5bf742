package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The chat widget in a real headless Chromium against the real server: on the demo shop's page, and
 * embedded on another site (another origin, allowed by the CORS list) whose CSS is hostile and whose
 * Content-Security-Policy is the strict one the README recommends. Screenshots go to
 * {@code target/screenshots}.
 */
class WidgetBrowserTest {
    private static final String AGENT_PASSWORD = "a-long-password";
    private static final String EMBED_ATTRIBUTES = "data-chatdesk-title=\"Northwind Outfitters\" "
            + "data-chatdesk-greeting=\"Questions about an order, a return or a size? Ask us.\" data-chatdesk-color=\"#1f6f5c\"";
    private static final String AGENT_REPLY = "Hi, I'm Anna from the team. I'm looking at your question now.";
    private static final String LONG_ANSWER = """
            You can return anything within 30 days of delivery, as long as it is unworn and has its tags.

            1. Open **Your orders** and choose *Return items* next to the order.
            2. Pick the items and tell us why they are going back.
            3. Print the label we e-mail you, or show the QR code at any drop-off point.

            Return shipping is free for exchanges and for faulty items; for other returns we take 4.95 from the refund.
            Refunds reach your card within 5 to 10 working days of the parcel arriving at our warehouse.
            Sale items bought with a discount code can be returned the same way, and gift orders are refunded as a gift card.
            If anything is unclear, reply here and I will walk you through it.""";

    private static HostSite site;
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws Exception {
        site = HostSite.start();
        server = TestServer.start(Map.of("CHATDESK_SERVER_CORS_ORIGINS", site.origin()));
        api = server.client();
        String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object().put("username", "anna")
                .put("password", AGENT_PASSWORD).put("role", "agent").put("displayName", "Anna")).status());
        String chatdesk = api.base();
        // The policy the README asks of a host page: the widget's server for scripts and connections, nothing inline.
        String hostCsp = "default-src 'self'; script-src 'self' " + chatdesk + "; connect-src " + chatdesk + " "
                + chatdesk.replace("http:", "ws:") + "; style-src 'self'; img-src 'self'";
        site.put("/hostile.css", new HostSite.File("text/css", resource("hostile.css"), null));
        site.put("/violations.js", new HostSite.File("text/javascript", resource("violations.js"), null));
        site.put("/no-websockets.js", new HostSite.File("text/javascript", "delete window.WebSocket;", null));
        site.put("/hostile.html", new HostSite.File("text/html", hostPage(chatdesk, "/violations.js"), hostCsp));
        site.put("/no-websockets.html", new HostSite.File("text/html", hostPage(chatdesk, "/no-websockets.js"), hostCsp));
        site.put("/zh.html", HostSite.chineseShop(chatdesk));
    }

    private static String hostPage(String chatdesk, String ownScript) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Another shop</title>"
                + "<link rel=\"stylesheet\" href=\"/hostile.css\"><script src=\"" + ownScript + "\"></script>"
                + "<script src=\"" + chatdesk + "/widget.js\" data-chatdesk-server=\"" + chatdesk + "\" " + EMBED_ATTRIBUTES
                + " defer></script></head><body><h1>Another shop</h1><div class=\"content\">"
                + "<p>Its own page, with CSS that resets everything.</p><button>Buy now</button></div>"
                + "<div>filler</div>".repeat(40) + "</body></html>";
    }

    private static String resource(String name) throws Exception {
        return Files.readString(Path.of("src", "test", "resources", "widget", name));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void onTheDemoShopACustomerIsAnsweredKeepsTheTranscriptOverAReloadAndReadsAnAgentsReply() throws Exception {
        liveTheWholeConversation(api.base() + "/", "demo-shop");
    }

    @Test
    void onAnotherSiteWithHostileCssAndAStrictCspTheWidgetWorksTheSame() throws Exception {
        liveTheWholeConversation(site.origin() + "/hostile.html", "hostile-site");
    }

    @Test
    void onAnotherSiteWithHostileCssTheWidgetLooksTheSame() throws Exception {
        List<String> parts = List.of(".cd-launcher", ".cd-panel", ".cd-head", ".cd-title", ".cd-sub", ".cd-log .cd-bot .cd-bubble",
                ".cd-quick .cd-chip", ".cd-human", ".cd-composer", ".cd-input", ".cd-send", ".cd-brand");
        List<String> properties = List.of("font-family", "font-size", "font-weight", "line-height", "letter-spacing",
                "text-transform", "text-align", "color", "background-color", "background-image", "border-top", "border-radius",
                "padding", "margin", "box-sizing", "box-shadow", "display", "position", "z-index", "visibility", "opacity");
        Map<String, Object> onDemoShop = openedWidgetLooks(api.base() + "/", parts, properties);
        Map<String, Object> onHostileSite = openedWidgetLooks(site.origin() + "/hostile.html", parts, properties);
        assertEquals(onDemoShop, onHostileSite);
    }

    @Test
    void theTypingDotsEndWhenTheBotHandsTheCustomerOver() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(api.base() + "/");
            widget.openPanel();
            widget.send("can I speak to a real person please");
            widget.awaitStatus("Waiting for a person");
            browser.await(d -> widget.count("system") > 0 ? true : null);
            assertFalse(widget.typingShown(), "the dots stay after the hand-over message");
        }
    }

    @Test
    void whereWebSocketsAreBlockedTheWidgetPollsAndStillReceivesTheAgentsReply() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(site.origin() + "/no-websockets.html");
            widget.openPanel();
            long bots = widget.count("bot");
            widget.send("do you have a physical store");
            assertTrue(widget.awaitNew("bot", bots).contains("online"));
            widget.askForAPerson();
            widget.awaitStatus("Waiting for a person");
            String conversationId = widget.storedConversation().at("/id").asText();
            agentSays(conversationId, claim(conversationId), AGENT_REPLY);
            widget.awaitStatus("chatting with Anna");
            widget.awaitNew("agent", 0);
            assertEquals(AGENT_REPLY, widget.lastOf("agent"));
        }
    }

    @Test
    void theWidgetWorksWithTheKeyboardAlone() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(api.base() + "/");
            Actions keyboard = new Actions(browser.driver());
            for (int tabs = 0; tabs < 40 && !widget.focused().contains("cd-launcher"); tabs++) {
                keyboard.sendKeys(Keys.TAB).perform();
            }
            assertTrue(widget.focused().contains("cd-launcher"), "Tab never reached the launcher");
            keyboard.sendKeys(Keys.ENTER).perform();
            browser.await(d -> widget.panelIsOpen() && widget.focused().contains("cd-input"));
            widget.awaitTranscript(rows -> rows.stream().anyMatch(r -> r.role().equals("bot")));
            long bots = widget.count("bot");
            keyboard.sendKeys("do you have a physical store").sendKeys(Keys.ENTER).perform();
            assertTrue(widget.awaitNew("bot", bots).contains("online"));
            keyboard.sendKeys(Keys.ESCAPE).perform();
            browser.await(d -> !widget.panelIsOpen());
            assertTrue(widget.focused().contains("cd-launcher"), "Escape gives the focus back to the launcher");
        }
    }

    @Test
    void onAChinesePageTheWidgetSpeaksChineseAndShowsChineseTextWell() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(site.origin() + "/zh.html");
            widget.openPanel();
            assertEquals("在线客服", widget.find(".cd-title").getText());
            assertEquals("请输入消息…", widget.find(".cd-input").getAttribute("placeholder"));
            assertEquals("转人工客服", widget.find(".cd-human").getAttribute("textContent"));
            widget.awaitTranscript(rows -> rows.stream().anyMatch(r -> r.role().equals("bot")));
            long bots = widget.count("bot");
            widget.send("你好，我的order NW-482913 还没到，能帮我查一下吗？谢谢☺");
            widget.awaitNew("bot", bots);
            assertTrue(widget.transcript().stream().anyMatch(r -> r.text().contains("NW-482913 还没到")));
            browser.screenshot("widget-zh-CN");
        }
    }

    @Test
    void onAPhoneTheOpenPanelFillsTheScreen() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            WidgetPage widget = new WidgetPage(browser);
            widget.load(api.base() + "/");
            widget.openPanel();
            widget.awaitStill();
            @SuppressWarnings("unchecked")
            Map<String, Object> panel = (Map<String, Object>) widget.looks(List.of(".cd-panel"), List.of()).get(".cd-panel");
            assertEquals(widget.script("return document.documentElement.clientWidth + 'x' + document.documentElement.clientHeight"),
                    panel.get("size"));
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) widget.looks(List.of(".cd-input"), List.of("font-size")).get(".cd-input");
            assertEquals("16px", input.get("font-size"), "a phone does not zoom into an input of 16 px or more");
            browser.screenshot("demo-shop-phone");
        }
    }

    @Test
    void aLongAnswerOpensAtItsStartNotItsEnd() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new Dimension(390, 560));
            WidgetPage widget = new WidgetPage(browser);
            widget.load(api.base() + "/");
            widget.openPanel();
            widget.askForAPerson();
            widget.awaitStatus("Waiting for a person");
            String conversationId = widget.storedConversation().at("/id").asText();
            String agent = claim(conversationId);
            widget.awaitStatus("chatting with Anna");
            widget.awaitStill();
            // The customer reads at the end of the transcript (a tall hand-over message in this small window may
            // have opened at its start, and the widget does not pull a reader away from what they read).
            widget.script("""
                    const scroller = document.querySelector('chatdesk-widget').shadowRoot.querySelector('.cd-body');
                    scroller.scrollTop = scroller.scrollHeight;""");
            // An answer of a fixed length: which article the bot picks for a question is the model's choice.
            agentSays(conversationId, agent, LONG_ANSWER);
            widget.awaitNew("agent", 0);
            widget.awaitStill();

            @SuppressWarnings("unchecked")
            Map<String, Object> view = (Map<String, Object>) widget.script("""
                    const shadow = document.querySelector('chatdesk-widget').shadowRoot;
                    const scroller = shadow.querySelector('.cd-body');
                    const rows = shadow.querySelectorAll('.cd-log .cd-agent');
                    const answer = rows[rows.length - 1];
                    const top = answer.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
                    return {tall: answer.offsetHeight > scroller.clientHeight - 24, top: Math.round(top), height: scroller.clientHeight};""");
            assertTrue((Boolean) view.get("tall"), "the answer is taller than the view here: " + view);
            long top = ((Number) view.get("top")).longValue();
            assertTrue(top >= 0 && top < 40, "the answer's first line is at the top of the view: " + view);
            browser.screenshot("widget-long-answer");
        }
    }

    @Test
    void talkToAPersonIsOfferedOnceWhenTheBotCannotHelp() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = askedOnTheShop(browser, "what's the weather going to be like in the alps this weekend?");
            JsonNode stored = widget.storedConversation();
            JsonNode messages = api.get("/api/v1/conversations/" + stored.at("/id").asText(), stored.at("/token").asText())
                    .at("/messages");
            JsonNode answer = messages.get(messages.size() - 1);
            assertTrue(answer.at("/quickReplies").toString().contains("Talk to a person"), "the bot offers a person: " + answer);

            assertTrue(widget.find(".cd-human").isDisplayed(), "the widget's own button is there");
            assertFalse(widget.quickReplies().contains("Talk to a person"), "and not again as a chip: " + widget.quickReplies());
            browser.screenshot("widget-fallback-one-person-button");
        }
    }

    @Test
    void anAnswerFromAnArticleShowsItsListsAndBoldTextCitesTheArticleOnceAndShowsNoRawAddress() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = askedOnTheShop(browser, "what does the 20000mm waterproof rating on a jacket actually mean?");

            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) widget.script("""
                    const shadow = document.querySelector('chatdesk-widget').shadowRoot;
                    const rows = shadow.querySelectorAll('.cd-log .cd-bot');
                    const row = rows[rows.length - 1];
                    const bubble = row.querySelector('.cd-bubble');
                    return {text: bubble.innerText, formatted: bubble.querySelectorAll('strong, li, a').length,
                            sources: Array.from(row.querySelectorAll('.cd-source'), a => a.innerText)};""");
            String text = (String) answer.get("text");
            assertFalse(text.contains("**"), "bold text is bold, not asterisks: " + text);
            assertFalse(text.matches("(?s).*https?://.*"), "no raw address in the bubble: " + text);
            assertTrue(((Number) answer.get("formatted")).intValue() > 0, "the answer's Markdown is formatting: " + answer);
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) answer.get("sources");
            assertEquals(1, sources.size(), "one source: " + answer);
            assertFalse(text.contains(sources.getFirst().strip()), "the article is named once, under the answer: " + answer);
            browser.screenshot("widget-article-answer");
        }
    }

    @Test
    void theButtonsUnderAnOrderOnItsWayFitAnOrderOnItsWay() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = askedOnTheShop(browser, "where is my order NW-482913?");

            assertTrue(widget.lastOf("bot").contains("on its way"), widget.lastOf("bot"));
            assertTrue(widget.quickReplies().contains("Delivery times"), widget.quickReplies().toString());
            assertFalse(widget.quickReplies().stream().anyMatch(title -> title.contains("delivered")),
                    "nothing about a delivered parcel for one on its way: " + widget.quickReplies());
            browser.screenshot("widget-order-on-its-way");
        }
    }

    @Test
    void whenTheTeamIsAwayACustomerWhoAskedForAPersonLeavesAnEmailAddressInItsOwnField() throws Exception {
        try (TestServer away = TestServer.startAt(TestServer.TEAM_AWAY); Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(away.client().base() + "/");
            widget.openPanel();
            widget.send("hello");
            widget.awaitNew("bot", 1);
            assertFalse(widget.find(".cd-email").isDisplayed(), "no e-mail field before anyone asked for a person");
            long systems = widget.count("system");
            widget.askForAPerson();
            browser.await(d -> widget.find(".cd-email").isDisplayed());
            assertTrue(widget.awaitNew("system", systems).contains("email"), "the bot asks for it in words too");
            assertEquals("email", widget.find("#cd-email").getDomAttribute("type"));
            browser.screenshot("widget-team-away-email");

            widget.find("#cd-email").sendKeys("ana.silva@example.com", Keys.ENTER);
            browser.await(d -> widget.transcript().stream().anyMatch(row -> row.text().contains("reply to ana.silva@example.com")));
            assertFalse(widget.find(".cd-email").isDisplayed(), "the field goes once the address is given");
        }
    }

    /** The demo shop's widget, opened, once the customer has asked this and the bot has answered. */
    private static WidgetPage askedOnTheShop(Browser browser, String question) throws Exception {
        WidgetPage widget = new WidgetPage(browser);
        widget.load(api.base() + "/");
        widget.openPanel();
        long bots = widget.count("bot");
        widget.send(question);
        widget.awaitNew("bot", bots);
        widget.awaitStill();
        return widget;
    }

    private void liveTheWholeConversation(String pageUrl, String screenshots) throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(pageUrl);
            widget.openPanel();

            long bots = widget.count("bot");
            widget.send("do you have a physical store");
            String answer = widget.awaitNew("bot", bots);
            assertTrue(answer.contains("online"), answer);
            List<String> offered = widget.quickReplies();
            assertFalse(offered.isEmpty(), "the answer offers no quick reply");
            browser.screenshot(screenshots + "-answer");

            bots = widget.count("bot");
            widget.clickQuickReply(offered.get(0));
            widget.awaitNew("bot", bots);
            assertEquals(offered.get(0), widget.lastOf("customer"), "the customer's message shows the button's title");
            List<WidgetPage.Row> beforeReload = widget.transcript();

            widget.reload();
            List<WidgetPage.Row> restored = widget.awaitTranscript(rows -> rows.size() >= beforeReload.size());
            assertEquals(beforeReload, restored);
            assertTrue(widget.panelIsOpen(), "the panel stays open over a reload");
            browser.screenshot(screenshots + "-restored");

            bots = widget.count("bot");
            widget.send("are your down jackets machine washable?");
            widget.awaitNew("bot", bots);
            List<String> sources = widget.sourceLinks();
            assertFalse(sources.isEmpty(), "the help article's answer cites no source");
            assertTrue(sources.get(0).startsWith("https://"), sources.get(0));
            browser.screenshot(screenshots + "-sources");

            widget.askForAPerson();
            widget.awaitStatus("Waiting for a person");
            String conversationId = widget.storedConversation().at("/id").asText();
            String agent = claim(conversationId);
            widget.awaitStatus("chatting with Anna");

            widget.closePanel();
            agentSays(conversationId, agent, AGENT_REPLY);
            widget.awaitUnread(1);
            browser.screenshot(screenshots + "-unread");
            widget.find(".cd-launcher").click();
            widget.awaitNew("agent", 0);
            assertEquals(AGENT_REPLY, widget.lastOf("agent"));
            assertFalse(widget.find(".cd-badge").isDisplayed(), "the badge goes once the panel is open");
            browser.screenshot(screenshots + "-agent");

            assertEquals(200, api.post("/api/v1/agent/conversations/" + conversationId + "/resolve", agent, ApiClient.object()).status());
            widget.awaitStatus("closed");
            browser.screenshot(screenshots + "-rating");
            assertEquals("Thank you for your feedback!", widget.rate(4, "Quick and friendly."));

            String pageOrigin = pageUrl.substring(0, pageUrl.indexOf('/', "http://".length()));
            for (String address : widget.requestedAddresses()) {
                assertTrue(address.startsWith(pageOrigin + "/") || address.startsWith(api.base() + "/"),
                        "the page loaded something from neither itself nor Chatdesk: " + address);
            }
            assertEquals(List.of(), widget.script("return window.__cspViolations || []"), "the page's CSP blocked something");
        }
    }

    private Map<String, Object> openedWidgetLooks(String pageUrl, List<String> parts, List<String> properties) {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(pageUrl);
            widget.openPanel();
            browser.await(d -> !widget.quickReplies().isEmpty());
            widget.awaitStill();
            Map<String, Object> looks = widget.looks(parts, properties);
            @SuppressWarnings("unchecked")
            Map<String, Object> greeting = (Map<String, Object>) looks.get(".cd-log .cd-bot .cd-bubble");
            greeting.remove("size"); // the bot greets with one of several texts, of different lengths
            return looks;
        }
    }

    /** Anna (username anna) claims the conversation; returns her token. */
    private static String claim(String conversationId) throws Exception {
        String agent = api.login("anna", AGENT_PASSWORD);
        assertEquals(200, api.post("/api/v1/agent/conversations/" + conversationId + "/claim", agent, ApiClient.object()).status());
        return agent;
    }

    private static void agentSays(String conversationId, String agent, String text) throws Exception {
        assertEquals(200, api.post("/api/v1/agent/conversations/" + conversationId + "/messages", agent,
                ApiClient.object().put("text", text)).status());
    }
}
