package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.chatdesk.core.ManualClock;
import dev.chatdesk.server.demo.DemoHistorySeeder;
import dev.chatdesk.server.testing.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The insights dashboard in a headless Chromium, as an admin uses it on two weeks of demo history
 * and a morning of conversations (some answered by the bot, some handed to an agent and rated, a
 * burst of angry customers): the headline cards, the charts with their tables, another range,
 * Chinese, the alert banner here and in the console, a group of unanswered questions turned into
 * a draft intent; an agent is refused.
 */
class InsightsBrowserTest {
    private static final double ANGRY_AT = 0.7;

    /** The server's time: two weeks ago while the history is written, then this morning (moved on by hand). */
    private static final ManualClock CLOCK = new ManualClock(Instant.now());

    private static TestServer server;
    private static ApiClient api;
    /** This morning's conversations. */
    private static int morning;
    /** What the API says of the last 30 days, which the page must show. */
    private static JsonNode expected;
    private Browser browser;

    @BeforeAll
    static void startServerOnTwoWeeksOfDemoHistoryAndAMorningOfConversations() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, String> environment = new HashMap<>(DemoHistorySeeder.SERVER_ENVIRONMENT);
        environment.put("CHATDESK_INSIGHTS_ALERTS_CHECK_SECONDS", "10");
        server = TestServer.startAt(CLOCK, environment);
        api = server.client();
        new DemoHistorySeeder(server.port(), CLOCK, TestServer.ADMIN_PASSWORD, new Random(7)).seed(today, 14, 20, day -> { });
        // This morning at 06:00 UTC, an hour the seeded days (08:00 to 21:00) left empty: the usual
        // share of angry conversations at this hour is nothing, whenever the test runs.
        CLOCK.set(today.atTime(6, 0).toInstant(ZoneOffset.UTC));

        String admin = api.login("admin", TestServer.ADMIN_PASSWORD);
        assertEquals(201, api.post("/api/v1/admin/agents", admin, ApiClient.object()
                .put("username", "hana").put("password", "a-long-password").put("role", "agent").put("displayName", "Hana")).status());
        String hana = api.login("hana", "a-long-password");
        for (String question : List.of("what are your opening hours?", "do you ship to Norway?", "how long does delivery take")) {
            CustomerChat.start(api, "Calm Customer", "calm@example.com").say(question);
            CLOCK.advance(Duration.ofSeconds(30));
        }
        for (String name : List.of("Priya Raman", "Tomas Berg")) {
            CustomerChat chat = CustomerChat.escalated(api, name, "my parcel arrived but the zip of the jacket is broken");
            String c = "/api/v1/agent/conversations/" + chat.id();
            assertEquals(200, api.post(c + "/claim", hana, ApiClient.object()).status());
            CLOCK.advance(Duration.ofSeconds(60));
            assertEquals(200, api.post(c + "/messages", hana, ApiClient.object().put("text", "A new one is on its way.")).status());
            assertEquals(200, api.post(c + "/resolve", hana, ApiClient.object()).status());
            api.post("/api/v1/conversations/" + chat.id() + "/feedback", chat.token(), ApiClient.object().put("rating", 5));
            CLOCK.advance(Duration.ofSeconds(30));
        }
        // angry customers until five were read as angry: the share jumps far above the usual one at this hour
        int angry = 0;
        morning = 5;
        for (int tries = 0; angry < 5 && tries < 12; tries++) {
            ApiClient.Response turn = CustomerChat.start(api, "Angry Customer", "angry@example.com")
                    .say("THIS IS RIDICULOUS!!! Third time my order is late, I am furious, you are useless!!!");
            CLOCK.advance(Duration.ofSeconds(30));
            morning++;
            angry += turn.at("/nlu/anger").asDouble() >= ANGRY_AT ? 1 : 0;
        }
        assertEquals(5, angry, "five messages the model reads as angry");
        CLOCK.advance(Duration.ofMinutes(1));
        // the watch looks every 10 seconds here
        for (int waited = 0; api.get("/api/v1/agent/alerts", hana).at("/alerts").isEmpty(); waited++) {
            assertTrue(waited < 60, "no alert was raised within a minute");
            Thread.sleep(1000);
        }
        expected = api.get("/api/v1/admin/insights?days=30", admin).json();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAdminReadsTheDashboardChangesTheRangeAndReadsItInChinese() throws Exception {
        ConsolePage console = new ConsolePage(browser, api.base());
        console.logIn("admin", TestServer.ADMIN_PASSWORD);
        browser.await(d -> d.findElement(By.id("insights-link")).isDisplayed());
        browser.driver().findElement(By.id("insights-link")).click();

        browser.await(d -> d.findElements(By.cssSelector("#cards .card")).size() == 6);
        assertTrue(expected.at("/conversations").asInt() > 150, "two weeks of history and this morning: " + expected.at("/conversations"));
        assertEquals(expected.at("/conversations").asText(), card("conversations"));
        assertEquals(String.format(Locale.ROOT, "%.2f / 5", expected.at("/csat/average").asDouble()), card("csat"));
        assertEquals(List.of(true, true, true, true, true), chartsDrawn(), "every chart is drawn");
        browser.driver().manage().window().setSize(new Dimension(1366, 1400));
        browser.screenshot("insights-dashboard");
        assertEquals(30, rows("#volume-table"), "the last 30 days, a row a day");
        for (WebElement figures : browser.driver().findElements(By.cssSelector(".chart details summary"))) {
            figures.click(); // "Show the figures as a table"
        }
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
        assertTrue(browser.texts("#reasons-table tbody tr").contains("Anger\t" + expected.at("/escalationsByReason/anger").asText()),
                browser.texts("#reasons-table tbody tr").toString());
        assertEquals(List.of("anna", "ben", "hana", "mei"),
                browser.texts("#agents-table tbody tr").stream().map(row -> row.split("\t")[0]).toList());
        assertTrue(browser.texts("#agents-table tbody tr").contains("hana\t2\t2\t60 s\t5.00 (2)"),
                browser.texts("#agents-table tbody tr").toString());
        String csv = browser.driver().findElement(By.cssSelector("#volume-table a.export")).getDomAttribute("href");
        assertTrue(csv.startsWith("blob:"), csv);
        String banner = browser.driver().findElement(By.cssSelector("#alerts .alert-banner")).getText();
        assertTrue(banner.contains("Angry customers: 5 of " + morning + " conversations in the last hour"), banner);
        browser.screenshot("insights-dashboard-figures");

        new Select(browser.driver().findElement(By.id("range-span"))).selectByValue("1");
        browser.driver().findElement(By.cssSelector("#range button[type=submit]")).click();
        browser.await(d -> rows("#volume-table") == 24);
        assertTrue(Integer.parseInt(card("conversations")) >= morning, "the last 24 hours, by hour, hold this morning's");
        browser.screenshot("insights-last-day");

        browser.driver().findElement(By.cssSelector(".language-switch button[lang='zh-CN']")).click();
        browser.await(d -> "会话量与机器人解决率".equals(d.findElement(By.id("volume-heading")).getText()));
        assertEquals("zh-CN", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(browser.texts("#reasons-table tbody tr").stream().anyMatch(r -> r.startsWith("客户要求人工")),
                browser.texts("#reasons-table tbody tr").toString());
        browser.screenshot("insights-zh");
    }

    @Test
    void anAdminOpensAnUnansweredQuestionGroupAndTurnsItIntoIntentExamples() throws Exception {
        JsonNode groups = api.get("/api/v1/admin/insights/unanswered?days=30", api.login("admin", TestServer.ADMIN_PASSWORD)).json();
        assertTrue(groups.size() > 0, "the demo history has questions the bot could not answer");
        JsonNode first = groups.get(0);
        ConsolePage console = new ConsolePage(browser, api.base());
        console.logIn("admin", TestServer.ADMIN_PASSWORD);
        browser.driver().get(api.base() + "/insights");
        browser.await(d -> rows("#unanswered-table") == groups.size());
        WebElement top = browser.driver().findElement(By.cssSelector("#unanswered-table tbody tr:first-child"));
        assertEquals(first.at("/example").asText(), top.findElement(By.tagName("th")).getText(), "the most asked group first");
        assertEquals(first.at("/count").asText(), top.findElements(By.tagName("td")).get(1).getText());
        WebElement list = browser.driver().findElement(By.id("unanswered-table"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", list);
        browser.screenshot("insights-unanswered");

        browser.driver().findElement(By.cssSelector("#unanswered-table tbody tr:first-child button")).click();
        browser.await(d -> d.findElement(By.id("group-dialog")).isDisplayed());
        assertEquals(first.at("/example").asText(), browser.driver().findElement(By.id("group-heading")).getText());
        List<WebElement> questions = browser.driver().findElements(By.cssSelector("#group-questions input[type=checkbox]"));
        assertEquals(first.at("/questions").size(), questions.size(), "each wording, to pick from");
        if (questions.size() > 1) {
            questions.get(questions.size() - 1).click(); // not this one
        }
        List<String> chosen = questions.stream().filter(WebElement::isSelected).map(box -> box.getDomProperty("value")).toList();
        browser.driver().findElement(By.id("intent-name")).sendKeys("unanswered_topic");
        browser.driver().findElement(By.id("intent-title")).sendKeys("A new topic");
        browser.driver().findElement(By.id("intent-answer")).sendKeys("Thanks for asking! We don't offer that, but our team can help.");
        browser.driver().findElement(By.id("draft-save")).click();
        browser.await(d -> d.findElement(By.id("draft-result")).getText().contains("intents/unanswered_topic.yml"));
        browser.screenshot("insights-unanswered-draft");

        Path draft = server.dataDir().resolve("drafts/intents/unanswered_topic.yml");
        JsonNode written = new ObjectMapper(new YAMLFactory()).readTree(draft.toFile());
        List<String> examples = new ArrayList<>();
        written.at("/examples/" + first.at("/language").asText()).forEach(example -> examples.add(example.asText()));
        assertEquals(chosen, examples, "the questions ticked became the intent's examples");
        browser.driver().findElement(By.id("draft-close")).click();
        assertTrue(browser.driver().findElement(By.cssSelector("#unanswered-table tbody tr:first-child")).getDomAttribute("class")
                .contains("drafted"), "the group is marked as drafted");
    }

    @Test
    void anAgentSeesTheAlertInTheConsoleButIsRefusedTheDashboard() throws Exception {
        ConsolePage console = new ConsolePage(browser, api.base());
        console.logIn("hana", "a-long-password");
        browser.await(d -> d.findElement(By.id("alert-banner")).isDisplayed());
        assertTrue(browser.driver().findElement(By.id("alert-banner")).getText().contains("Angry customers"));
        assertFalse(browser.driver().findElement(By.id("insights-link")).isDisplayed(), "no link for agents");
        browser.screenshot("console-alert-banner");

        browser.driver().get(api.base() + "/insights");
        browser.await(d -> d.findElement(By.id("refused")).isDisplayed());
        assertTrue(browser.driver().findElement(By.id("refused")).getText().contains("Only admins"));
        assertEquals(0, browser.driver().findElements(By.cssSelector("#cards .card")).size());
    }

    private String card(String measure) {
        return browser.driver().findElement(By.cssSelector("#cards [data-measure='" + measure + "'] .value")).getText();
    }

    private long rows(String table) {
        return browser.driver().findElements(By.cssSelector(table + " tbody tr")).size();
    }

    @SuppressWarnings("unchecked")
    private List<Boolean> chartsDrawn() {
        return (List<Boolean>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return ['volume', 'sentiment', 'reasons', 'turns', 'intents'].map(id => !!Chart.getChart(id + '-chart'));");
    }
}
