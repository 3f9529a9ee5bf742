package dev.chatdesk.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chatdesk.server.testing.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The chat widget on a page in the browser, as a customer uses it: through its shadow root, by
 * clicking and typing. Every wait is a condition on what the page shows.
 */
final class WidgetPage {
    /** One message in the transcript as shown: {@code customer}, {@code bot}, {@code agent} or {@code system}, and its text. */
    record Row(String role, String text) {}

    private final Browser browser;

    WidgetPage(Browser browser) {
        this.browser = browser;
    }

    /** Loads the page and waits for the widget's launcher. */
    void load(String url) {
        browser.driver().get(url);
        browser.await(d -> find(".cd-launcher"));
    }

    /** Reloads the page and waits for the widget's launcher. */
    void reload() {
        browser.driver().navigate().refresh();
        browser.await(d -> find(".cd-launcher"));
    }

    /** The widget's shadow root. */
    SearchContext shadow() {
        return browser.driver().findElement(By.cssSelector("chatdesk-widget")).getShadowRoot();
    }

    WebElement find(String css) {
        return shadow().findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return shadow().findElements(By.cssSelector(css));
    }

    /** Opens the panel with the launcher and waits for the bot's greeting. */
    void openPanel() {
        find(".cd-launcher").click();
        browser.await(d -> panelIsOpen());
        awaitTranscript(rows -> rows.stream().anyMatch(r -> r.role().equals("bot")));
    }

    /** Minimises the panel with its own button. */
    void closePanel() {
        find(".cd-minimise").click();
        browser.await(d -> !panelIsOpen());
    }

    boolean panelIsOpen() {
        return find(".cd-panel").isDisplayed();
    }

    /** Types a message and presses Enter. */
    void send(String text) {
        WebElement input = find(".cd-input");
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    /** The transcript as shown, in order. */
    List<Row> transcript() {
        for (int attempt = 0; ; attempt++) {
            try {
                List<Row> rows = new ArrayList<>();
                for (WebElement row : findAll(".cd-log > .cd-row")) {
                    String classes = row.getDomAttribute("class");
                    String role = classes.contains("cd-customer") ? "customer" : classes.contains("cd-agent") ? "agent"
                            : classes.contains("cd-system") ? "system" : "bot";
                    WebElement text = row.findElement(By.cssSelector(".cd-bubble, .cd-sys"));
                    rows.add(new Row(classes.contains("cd-pending") ? "pending" : role, text.getDomProperty("textContent")));
                }
                return rows;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e; // the transcript kept changing while it was read
                }
            }
        }
    }

    /** Waits until the transcript matches, and returns it. */
    List<Row> awaitTranscript(Predicate<List<Row>> matching) {
        return browser.await(d -> {
            List<Row> rows = transcript();
            return matching.test(rows) ? rows : null;
        });
    }

    /** The number of messages of a role. */
    long count(String role) {
        return transcript().stream().filter(r -> r.role().equals(role)).count();
    }

    /** Waits for a new message of the role after the given number of them, nothing left sending, and returns its text. */
    String awaitNew(String role, long before) {
        List<Row> rows = awaitTranscript(all -> all.stream().noneMatch(r -> r.role().equals("pending"))
                && all.stream().filter(r -> r.role().equals(role)).count() > before);
        return lastOf(rows, role);
    }

    /** The text of the last message of a role. */
    String lastOf(String role) {
        return lastOf(transcript(), role);
    }

    private static String lastOf(List<Row> rows, String role) {
        return rows.stream().filter(r -> r.role().equals(role)).reduce((a, b) -> b).map(Row::text).orElse(null);
    }

    /** The quick-reply buttons on offer. */
    List<String> quickReplies() {
        return findAll(".cd-quick .cd-chip").stream().map(WebElement::getText).toList();
    }

    /** The addresses of the knowledge-base sources cited under the messages. */
    List<String> sourceLinks() {
        return findAll(".cd-log .cd-source").stream().map(a -> a.getDomProperty("href")).toList();
    }

    /** Clicks the quick reply with the title. */
    void clickQuickReply(String title) {
        findAll(".cd-quick .cd-chip").stream().filter(b -> b.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply " + title + " among " + quickReplies()))
                .click();
    }

    /** Presses "Talk to a person". */
    void askForAPerson() {
        find(".cd-human").click();
    }

    /** Whether the typing dots of the bot or an agent are shown. */
    boolean typingShown() {
        return find(".cd-typing").isDisplayed();
    }

    /** Waits until the status line shows the text, and returns the line. */
    String awaitStatus(String part) {
        return browser.await(d -> {
            WebElement line = find(".cd-status");
            return line.isDisplayed() && line.getText().contains(part) ? line.getText() : null;
        });
    }

    /** Waits until the launcher's badge shows the number of unread messages. */
    void awaitUnread(int count) {
        browser.await(d -> {
            WebElement badge = find(".cd-badge");
            return badge.isDisplayed() && badge.getText().equals(String.valueOf(count));
        });
    }

    /** Rates the closed conversation with stars and a comment, and waits for the thanks. */
    String rate(int stars, String comment) {
        find(".cd-star[aria-label='" + stars + " of 5']").click();
        find(".cd-comment").sendKeys(comment);
        find(".cd-rating .cd-primary").click();
        return browser.await(d -> {
            List<WebElement> thanks = findAll(".cd-thanks");
            return thanks.isEmpty() ? null : thanks.get(0).getText();
        });
    }

    /** The element of the widget that has the keyboard focus, as its class list (empty when the focus is elsewhere). */
    String focused() {
        Object classes = script("const active = document.querySelector('chatdesk-widget').shadowRoot.activeElement;"
                + " return active ? active.className : '';");
        return String.valueOf(classes);
    }

    /** Addresses of everything the page loaded over HTTP (scripts, styles, API calls). */
    @SuppressWarnings("unchecked")
    List<String> requestedAddresses() {
        return (List<String>) script("return performance.getEntriesByType('resource').map(entry => entry.name)");
    }

    /** The conversation the widget keeps in the page's storage: {@code id} and {@code token}. */
    JsonNode storedConversation() throws Exception {
        Object stored = script("for (let i = 0; i < localStorage.length; i++) { const key = localStorage.key(i);"
                + " if (key.startsWith('chatdesk:') && key.endsWith(':conversation')) return localStorage.getItem(key); } return null;");
        if (stored == null) {
            throw new AssertionError("the widget keeps no conversation in localStorage");
        }
        return ApiClient.JSON.readTree(stored.toString());
    }

    /** Waits until no animation of the widget that ends runs (the panel fades in as it opens; a waiting status's dot pulses on). */
    void awaitStill() {
        browser.await(d -> Boolean.TRUE.equals(script("return document.querySelector('chatdesk-widget').shadowRoot.getAnimations()"
                + ".every(a => a.effect.getComputedTiming().iterations === Infinity)")));
    }

    /** The computed style properties of the first element matching each selector, and its size. */
    @SuppressWarnings("unchecked")
    Map<String, Object> looks(List<String> selectors, List<String> properties) {
        return (Map<String, Object>) script("""
                const [selectors, properties] = arguments;
                const root = document.querySelector('chatdesk-widget').shadowRoot;
                const width = document.documentElement.clientWidth, height = document.documentElement.clientHeight;
                const looks = {};
                for (const selector of selectors) {
                  const element = root.querySelector(selector);
                  if (!element) { looks[selector] = 'missing'; continue; }
                  const style = getComputedStyle(element), box = element.getBoundingClientRect();
                  const look = {size: Math.round(box.width) + 'x' + Math.round(box.height)};
                  if (style.position === 'fixed') look.corner = Math.round(width - box.right) + ',' + Math.round(height - box.bottom);
                  for (const property of properties) look[property] = style.getPropertyValue(property);
                  looks[selector] = look;
                }
                return looks;""", selectors, properties);
    }

    /** Runs a script in the page. */
    Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(source, arguments);
    }
}
