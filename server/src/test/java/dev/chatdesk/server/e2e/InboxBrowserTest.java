package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chatdesk.connectors.web.CustomerIdentity;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's inbox in a headless Chromium, as an agent works it: views with counts, a resolved
 * conversation found again by its order number, avatars, masked card numbers in previews, and
 * help articles and bot answers shown as formatted text, never as Markdown's asterisks.
 */
class InboxBrowserTest {
    private static TestServer server;
    private static ApiClient api;
    private Browser browser;
    private ConsolePage console;

    @BeforeAll
    static void startServerWithAnAgent() throws Exception {
        server = TestServer.startWithAgent("hana", "Hana");
        api = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void signIn() {
        browser = Browser.start();
        console = new ConsolePage(browser, server.client().base());
        console.logIn("hana", "a-long-password");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theViewsCountTheInboxAndAResolvedConversationIsFoundAgainByItsOrderNumber() throws Exception {
        CustomerChat priya = CustomerChat.escalated(api, "Priya Raman", "Where is order NW-48213? It was due on Monday.");
        CustomerChat tomas = CustomerChat.escalated(api, "Tomas Berg", "my card 4111 1111 1111 1111 was charged twice");

        WebElement tomasItem = console.awaitQueueItem(tomas.id());
        assertTrue(tomasItem.getText().contains("[card ••••1111]"), tomasItem.getText());
        assertFalse(tomasItem.getText().contains("4111 1111"), "previews mask card numbers: " + tomasItem.getText());
        assertEquals("TB", tomasItem.findElement(By.cssSelector(".avatar")).getDomAttribute("data-initials"));
        browser.await(d -> Integer.parseInt(d.findElement(By.id("queue-count")).getText()) >= 2);

        console.awaitQueueItem(priya.id()).click();
        browser.await(d -> d.findElement(By.id("claim")).isDisplayed());
        browser.driver().findElement(By.id("claim")).click();
        browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("with hana"));
        browser.await(d -> "1".equals(d.findElement(By.id("count-mine")).getText()));
        browser.driver().findElement(By.id("reply-text")).sendKeys("It left our depot today, Priya.\n");
        browser.await(d -> console.transcriptTexts().contains("It left our depot today, Priya."));
        browser.driver().findElement(By.id("resolve")).click();
        browser.await(d -> d.findElement(By.id("conversation-view")).getDomAttribute("hidden") != null);

        browser.driver().findElement(By.cssSelector(".views [data-view='resolved']")).click();
        WebElement resolved = console.awaitQueueItem(priya.id());
        assertTrue(resolved.getText().contains("Closed"), resolved.getText());
        browser.driver().findElement(By.cssSelector(".views [data-view='open']")).click();
        browser.driver().findElement(By.id("search")).sendKeys("NW-48213");
        browser.await(d -> d.findElements(By.cssSelector("#queue .queue-item")).size() == 0);
        assertEquals("No conversation matches.", browser.driver().findElement(By.id("queue-empty")).getText(),
                "the open view does not hold the resolved conversation");
        browser.driver().findElement(By.cssSelector(".views [data-view='resolved']")).click();
        browser.await(d -> idsListed().equals(List.of(priya.id())));
        browser.driver().findElement(By.cssSelector(".filters summary")).click();
        new Select(browser.driver().findElement(By.id("filter-channel"))).selectByValue("telegram");
        browser.await(d -> idsListed().isEmpty());
        new Select(browser.driver().findElement(By.id("filter-channel"))).selectByValue("web");
        browser.await(d -> idsListed().equals(List.of(priya.id())));
        assertTrue(Files.size(browser.screenshot("agent-console-inbox-search")) > 10_000);
    }

    @Test
    void helpArticlesAndBotAnswersAreFormattedWithoutAsterisksAndTheTranscriptGrowsWithTheWindow() throws Exception {
        CustomerChat chat = CustomerChat.start(api, "Ravi Shah", "ravi@example.com");
        chat.say("how long does a refund take?");
        chat.askForAPerson();

        console.awaitQueueItem(chat.id()).click();
        browser.await(d -> !d.findElements(By.cssSelector("#suggested-articles li.article")).isEmpty());
        String articles = browser.driver().findElement(By.id("suggested-articles")).getText();
        assertFalse(articles.contains("**"), articles);
        assertFalse(browser.driver().findElements(By.cssSelector("#suggested-articles strong")).isEmpty(),
                "bold text is bold: " + articles);
        for (String text : console.transcriptTexts()) {
            assertFalse(text.contains("**"), text);
        }
        browser.driver().manage().window().setSize(new Dimension(1366, 760));
        long shorter = transcriptHeight();
        browser.driver().manage().window().setSize(new Dimension(1366, 1100));
        browser.await(d -> transcriptHeight() > shorter + 250);
        assertTrue(Files.size(browser.screenshot("agent-console-articles")) > 10_000);
    }

    @Test
    void theOrderIsShownBesideTheConversationAndASavedReplyIsInsertedWithSlashAndItsShortcut() throws Exception {
        String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals(200, api.put("/api/v1/admin/saved-replies/refund-time", admin, ApiClient.object()
                .put("text", "Hi {customer.firstName}, the refund for {order_number} reaches you within 5 business days.")).status());
        CustomerChat chat = CustomerChat.escalated(api, "Mei Lin", "where is my order NW-482913?");
        browser.driver().navigate().refresh();
        browser.await(d -> d.findElement(By.cssSelector("#connection.live")).isDisplayed());

        console.awaitQueueItem(chat.id()).click();
        browser.await(d -> d.findElement(By.id("claim")).isDisplayed());
        browser.driver().findElement(By.id("claim")).click();
        browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("with hana"));
        browser.await(d -> d.findElement(By.id("order")).getText().contains("NW-482913"));
        assertFalse(browser.driver().findElements(By.cssSelector("#order .order-items li")).isEmpty(),
                "the order panel lists the order's items: " + browser.driver().findElement(By.id("order")).getText());
        WebElement reply = browser.driver().findElement(By.id("reply-text"));
        reply.sendKeys("/ref");
        browser.await(d -> d.findElement(By.id("saved-menu")).isDisplayed());
        assertTrue(browser.driver().findElement(By.id("saved-menu")).getText().contains("/refund-time"));
        assertTrue(Files.size(browser.screenshot("agent-console-saved-reply")) > 10_000);
        reply.sendKeys(Keys.ENTER);

        assertEquals("Hi Mei, the refund for NW-482913 reaches you within 5 business days.", reply.getDomProperty("value"));
        assertFalse(browser.driver().findElement(By.id("saved-menu")).isDisplayed());
    }

    @Test
    void theCustomerPanelShowsTheirEarlierConversationsWithOutcomesAndTakesTheTeamsTags() throws Exception {
        ObjectNode mira = ApiClient.object().put("externalId", "cust-9")
                .put("identityHash", CustomerIdentity.hash(TestServer.IDENTITY_SECRET, "cust-9")).put("name", "Mira Lind")
                .put("email", "mira@example.com");
        CustomerChat earlier = CustomerChat.start(api, mira);
        earlier.say("what are your opening hours?");
        assertEquals(200, api.post("/api/v1/conversations/" + earlier.id() + "/feedback", earlier.token(),
                ApiClient.object().put("rating", 4)).status());
        CustomerChat now = CustomerChat.start(api, mira);
        now.say("my parcel is late and I need it for the weekend");
        now.askForAPerson();
        browser.driver().navigate().refresh();
        browser.await(d -> d.findElement(By.cssSelector("#connection.live")).isDisplayed());

        console.awaitQueueItem(now.id()).click();
        browser.await(d -> d.findElement(By.id("customer-facts")).getText().contains("2 conversations"));
        String facts = browser.driver().findElement(By.id("customer-facts")).getText();
        assertTrue(facts.contains("rated 4.0 / 5 (1)"), facts);
        List<String> others = browser.texts("#other-conversations li");
        assertEquals(1, others.size(), others.toString());
        assertTrue(others.get(0).contains("handled by the bot") && others.get(0).contains("★★★★☆"), others.get(0));
        assertEquals(2, browser.driver().findElements(By.cssSelector("#customer-trend circle")).size(),
                "her two messages, over both conversations");

        browser.driver().findElement(By.id("tag-input")).sendKeys("vip");
        browser.driver().findElement(By.id("tag-add")).click();
        browser.await(d -> browser.texts("#customer-tags li").size() == 1);
        browser.driver().findElement(By.id("tag-input")).sendKeys("老客户");
        browser.driver().findElement(By.id("tag-add")).click();
        browser.await(d -> browser.texts("#customer-tags li").size() == 2);
        assertTrue(browser.texts("#customer-tags li").get(1).startsWith("老客户"), browser.texts("#customer-tags li").toString());
        browser.screenshot("agent-console-customer");
        browser.driver().findElement(By.cssSelector("#customer-tags li:first-child button")).click();
        browser.await(d -> browser.texts("#customer-tags li").size() == 1);
        String customerId = api.get("/api/v1/agent/conversations/" + now.id(), api.login("admin", TestServer.ADMIN_PASSWORD))
                .at("/customerId").asText();
        assertEquals("老客户", api.get("/api/v1/agent/customers/" + customerId, api.login("admin", TestServer.ADMIN_PASSWORD))
                .at("/tags/0/tag").asText(), "the tag is stored, and vip taken off");

        browser.driver().findElement(By.cssSelector("#other-conversations li button")).click();
        browser.await(d -> d.findElement(By.id("transcript")).getText().contains("opening hours"));
    }

    /** How tall the transcript is drawn. */
    private long transcriptHeight() {
        return ((Number) console.script("return document.getElementById('transcript').clientHeight")).longValue();
    }

    private List<String> idsListed() {
        return browser.driver().findElements(By.cssSelector("#queue .queue-item")).stream()
                .map(item -> item.getDomAttribute("data-conversation-id")).toList();
    }
}
