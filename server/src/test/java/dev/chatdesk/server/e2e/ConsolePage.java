package dev.chatdesk.server.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The agent console in the browser, as an agent uses it. Every wait is a condition on what the page shows. */
final class ConsolePage {
    private final Browser browser;
    private final String base;

    /** The console of the server at the base address, such as {@code http://127.0.0.1:41234}. */
    ConsolePage(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    private WebDriver page() {
        return browser.driver();
    }

    /** Opens the console at {@code /agent} with the query (such as {@code ?lang=zh-CN}, or empty) and waits for the sign-in form. */
    void open(String query) {
        page().get(base + "/agent" + query);
        browser.await(d -> d.findElement(By.id("login-username")).isDisplayed());
    }

    /** Signs in on the open sign-in form and waits until the live connection stands. */
    void signIn(String username, String password) {
        page().findElement(By.id("login-username")).sendKeys(username);
        page().findElement(By.id("login-password")).sendKeys(password, Keys.ENTER);
        browser.await(d -> d.findElement(By.cssSelector("#connection.live")).isDisplayed());
    }

    /** Opens the console (in the language the browser chooses) and signs in. */
    void logIn(String username, String password) {
        open("");
        signIn(username, password);
    }

    /** Waits for the conversation's entry in the queue. */
    WebElement awaitQueueItem(String conversationId) {
        return browser.await(d -> d.findElements(By.cssSelector("#queue [data-conversation-id='" + conversationId + "']"))
                .stream().findFirst().orElse(null));
    }

    /** The texts of the open conversation's messages, in order. */
    List<String> transcriptTexts() {
        return browser.texts("#transcript .msg-text");
    }

    /** Runs a script in the page. */
    Object script(String source, Object... arguments) {
        return ((JavascriptExecutor) page()).executeScript(source, arguments);
    }
}
