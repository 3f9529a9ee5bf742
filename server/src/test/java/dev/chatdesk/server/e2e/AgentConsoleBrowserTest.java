package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The agent console in a real headless Chromium against the real server: an agent sees an
 * escalation arrive live, reads it with its sentiment, takes it over, answers the customer on
 * their WebSocket (who sees the agent typing first) and hands it back to the bot; customer text is shown as text, never run.
 */
class AgentConsoleBrowserTest {
    private static TestServer server;
    private static ApiClient api;
    private Browser browser;

    @BeforeAll
    static void startServerWithAnAgent() throws Exception {
        server = TestServer.startWithAgent("grace", "Grace");
        api = server.client();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriver page() {
        return browser.driver();
    }

    private void logInAsGrace() {
        logIn("grace", "a-long-password");
    }

    private void logIn(String username, String password) {
        console().logIn(username, password);
        assertEquals("Live", page().findElement(By.id("connection")).getText(), "the console speaks the browser's English");
    }

    private ConsolePage console() {
        return new ConsolePage(browser, server.client().base());
    }

    private WebElement awaitQueueItem(String conversationId) {
        return console().awaitQueueItem(conversationId);
    }

    private List<String> transcriptTexts() {
        return console().transcriptTexts();
    }

    @Test
    void anAgentTakesAnEscalationFromTheLiveQueueAnswersTheCustomerAndHandsBackToTheBot() throws Exception {
        logInAsGrace();
        CustomerChat chat = CustomerChat.start(api, "Dana", "dana@example.com");
        chat.say("where is my order?");
        ApiClient.Response angry = chat.say("THIS IS RIDICULOUS. Third time I'm asking and your useless bot keeps wasting my time!!!");
        assertEquals("waiting_for_agent", angry.at("/status").asText(), angry.text());

        WebElement item = awaitQueueItem(chat.id());
        assertTrue(item.getText().contains("Dana"), item.getText());
        assertTrue(item.getText().contains("Angry customer"), item.getText());
        item.click();

        browser.await(d -> transcriptTexts().contains("where is my order?"));
        List<String> annotations = browser.texts("#transcript .msg-customer .nlu");
        assertEquals(2, annotations.size(), annotations.toString());
        assertTrue(annotations.get(1).contains("negative") && annotations.get(1).contains("anger"), annotations.toString());
        assertEquals(2, page().findElements(By.cssSelector("#trend circle")).size(), "one point per customer message");
        assertTrue(page().findElement(By.id("escalation")).getText().contains("Angry customer"));

        page().findElement(By.id("claim")).click();
        browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("with grace"));
        try (CustomerSocketClient socket = new CustomerSocketClient(chat.socketUrl(server.port()))) {
            WebElement reply = page().findElement(By.id("reply-text"));
            reply.sendKeys("I'm so sorry, Dana. I'm looking at your order right now.");
            JsonNode typing = socket.awaitFrame(f -> f.at("/type").asText().equals("typing"), Duration.ofSeconds(15));
            assertEquals("agent", typing.at("/role").asText(), "the customer sees the agent typing");
            reply.sendKeys(Keys.ENTER);

            JsonNode pushed = socket.awaitFrame(f -> f.at("/message/role").asText().equals("agent"), Duration.ofSeconds(15));
            assertEquals("I'm so sorry, Dana. I'm looking at your order right now.", pushed.at("/message/text").asText());
            assertTrue(pushed.at("/message/author").isMissingNode(), "customers never see a username: " + pushed);
        }
        assertEquals("Grace", chat.history().at("/agent/name").asText(), "customers see the agent's display name");
        browser.await(d -> transcriptTexts().contains("I'm so sorry, Dana. I'm looking at your order right now."));
        assertTrue(Files.size(browser.screenshot("agent-console-conversation")) > 10_000);

        page().findElement(By.id("release")).click();
        browser.await(d -> d.findElement(By.id("conversation-notice")).getText().contains("handed this conversation back"));
        ApiClient.Response after = chat.say("what payment methods do you accept?");
        assertEquals("bot", after.at("/status").asText(), after.text());
        assertFalse(CustomerChat.replyText(after).isBlank(), after.text());
        browser.await(d -> d.findElements(By.cssSelector("#queue [data-conversation-id='" + chat.id() + "']")).isEmpty());

        page().findElement(By.cssSelector(".views [data-view='open']")).click();
        WebElement found = awaitQueueItem(chat.id());
        assertTrue(found.getText().contains("With the bot"), "a handed-back conversation is found again: " + found.getText());
        found.click();
        browser.await(d -> d.findElement(By.id("claim")).isDisplayed());
        page().findElement(By.id("claim")).click();
        browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("with grace"));
        assertEquals("with_agent", chat.history().at("/status").asText(), "claimed back from the bot");
    }

    @Test
    void aSuggestedReplyIsInsertedWithOneClick() throws Exception {
        logInAsGrace();
        CustomerChat chat = CustomerChat.start(api, "Ravi", "ravi@example.com");
        chat.say("how long does a refund take?");
        chat.askForAPerson();

        awaitQueueItem(chat.id()).click();
        WebElement suggestion = browser.await(d -> d.findElements(By.cssSelector("#suggested-replies button.suggestion"))
                .stream().findFirst().orElse(null));
        String text = suggestion.getText();
        suggestion.click();

        assertEquals(text, page().findElement(By.id("reply-text")).getAttribute("value"));
    }

    @Test
    void anAdminAddsAndDisablesAnAccountInTheTeamView() throws Exception {
        logIn("admin", TestServer.ADMIN_PASSWORD);
        page().findElement(By.id("team")).click();
        browser.await(d -> d.findElement(By.cssSelector("#accounts tr[data-username='grace']")));

        page().findElement(By.id("new-username")).sendKeys("kim");
        page().findElement(By.id("new-display-name")).sendKeys("Kim Lee");
        page().findElement(By.id("new-password")).sendKeys("a-long-password", Keys.ENTER);
        WebElement added = browser.await(d -> d.findElement(By.cssSelector("#accounts tr[data-username='kim']")));
        assertTrue(added.getText().contains("Kim Lee"), "the name customers see is listed: " + added.getText());
        assertTrue(page().findElement(By.cssSelector("#accounts tr[data-username='admin']")).getText().contains("our team"),
                "an account without one says what customers see instead");
        assertTrue(api.login("kim", "a-long-password").length() > 20, "kim can log in");

        page().findElement(By.cssSelector("#accounts tr[data-username='kim'] button")).click();
        browser.await(d -> d.findElement(By.cssSelector("#accounts tr[data-username='kim']")).getText().contains("Disabled"));
        ApiClient.Response refused = api.post("/api/v1/auth/login", null,
                ApiClient.object().put("username", "kim").put("password", "a-long-password"));
        assertEquals(401, refused.status(), refused.text());
    }

    @Test
    void anAdminReadsTheAuditLogInTheTeamView() throws Exception {
        CustomerChat chat = CustomerChat.start(api, "Mila", "mila@example.com");
        chat.askForAPerson();
        String grace = api.login("grace", "a-long-password");
        assertEquals(200, api.post("/api/v1/agent/conversations/" + chat.id() + "/claim", grace, ApiClient.object()).status());
        logIn("admin", TestServer.ADMIN_PASSWORD);

        page().findElement(By.id("team")).click();

        browser.await(d -> browser.texts("#audit tr").stream().anyMatch(row -> row.contains("grace")
                && row.contains("conversation claimed") && row.contains("conversation " + chat.id())));
        assertTrue(browser.texts("#audit tr").stream().anyMatch(row -> row.contains("admin") && row.contains("login")));
        browser.screenshot("agent-console-audit-log");
    }

    @Test
    void customerTextWithHtmlAndScriptIsShownLiterallyAndRunsNothing() throws Exception {
        logInAsGrace();
        String image = "<img src=x onerror=\"window.__pwned=1\">";
        String script = "<script>window.__pwned=1</script>";
        CustomerChat chat = CustomerChat.start(api, "<b onmouseover=\"window.__pwned=1\">Eve</b>", "eve@example.com");
        chat.say(image);
        chat.say(script);
        chat.askForAPerson();

        WebElement item = awaitQueueItem(chat.id());
        assertTrue(item.getText().contains("<b onmouseover=\"window.__pwned=1\">Eve</b>"), item.getText());
        item.click();
        browser.await(d -> transcriptTexts().contains(script));

        assertTrue(transcriptTexts().contains(image), transcriptTexts().toString());
        assertEquals("<b onmouseover=\"window.__pwned=1\">Eve</b>", page().findElement(By.id("conversation-title")).getText());
        assertTrue(page().findElements(By.cssSelector("#transcript img, #transcript script, #queue img, #queue b")).isEmpty());
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) page()).executeScript("return window.__pwned === undefined;"));
        browser.screenshot("agent-console-injection");
    }

    @Test
    void closingAConversationNobodyHasAnsweredIsAskedAboutFirst() throws Exception {
        CustomerChat chat = claimedByGrace("Lena", "lena@example.com");

        page().findElement(By.id("resolve")).click();
        WebElement question = browser.await(d -> d.findElement(By.id("resolve-confirm")).isDisplayed()
                ? d.findElement(By.id("resolve-confirm")) : null);
        assertTrue(question.getText().contains("Nobody from the team has answered"), question.getText());
        browser.screenshot("agent-console-resolve-unanswered");
        page().findElement(By.id("resolve-cancel")).click();
        assertFalse(page().findElement(By.id("resolve-confirm")).isDisplayed());
        assertEquals("with_agent", chat.history().at("/status").asText(), "keeping it open closes nothing");

        page().findElement(By.id("resolve")).click();
        browser.await(d -> d.findElement(By.id("resolve-anyway")).isDisplayed());
        page().findElement(By.id("resolve-anyway")).click();
        browser.await(d -> d.findElement(By.id("no-conversation")).getText().contains("You closed this conversation"));
        assertEquals("closed", chat.history().at("/status").asText());
    }

    @Test
    void aConversationTheAgentHasAnsweredClosesAtOnce() throws Exception {
        CustomerChat chat = claimedByGrace("Omar", "omar@example.com");
        page().findElement(By.id("reply-text")).sendKeys("Your parcel left our warehouse this morning.", Keys.ENTER);
        browser.await(d -> transcriptTexts().contains("Your parcel left our warehouse this morning."));

        page().findElement(By.id("resolve")).click();
        browser.await(d -> d.findElement(By.id("no-conversation")).getText().contains("You closed this conversation"));
        assertEquals("closed", chat.history().at("/status").asText());
    }

    @Test
    void anAgentWorksTheQueueWithTheKeyboard() throws Exception {
        logInAsGrace();
        CustomerChat kai = CustomerChat.start(api, "Kai", "kai@example.com");
        kai.askForAPerson();
        CustomerChat lou = CustomerChat.start(api, "Lou", "lou@example.com");
        lou.askForAPerson();
        awaitQueueItem(lou.id());
        awaitQueueItem(kai.id()).click();
        browser.await(d -> d.findElement(By.id("conversation-title")).getText().equals("Kai"));

        alt("j");
        browser.await(d -> d.findElement(By.id("conversation-title")).getText().equals("Lou"));
        alt("k");
        browser.await(d -> d.findElement(By.id("conversation-title")).getText().equals("Kai"));
        alt("c");
        browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("with grace"));
        assertEquals("with_agent", kai.history().at("/status").asText());
        alt("r");
        browser.await(d -> d.findElement(By.id("resolve-confirm")).isDisplayed());
        assertTrue(page().findElement(By.id("shortcuts")).getText().contains("Alt+J"), "the keys are written under the queue");
    }

    /** A customer who asked for a person, whose conversation Grace opened and claimed in the console. */
    private CustomerChat claimedByGrace(String name, String email) throws Exception {
        logInAsGrace();
        CustomerChat chat = CustomerChat.start(api, name, email);
        chat.askForAPerson();
        awaitQueueItem(chat.id()).click();
        page().findElement(By.id("claim")).click();
        browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("with grace"));
        return chat;
    }

    private void alt(String key) {
        new Actions(page()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }
}
