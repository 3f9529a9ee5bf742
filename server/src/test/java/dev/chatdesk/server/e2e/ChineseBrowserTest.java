package dev.chatdesk.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * A Chinese customer and a Chinese-speaking agent in a real headless Chromium: the widget on a
 * {@code zh-CN} page speaks Chinese, the demo bot answers in Chinese and hands over, and the agent
 * console in {@code zh-CN} shows its own words in Chinese and the Chinese history with its language.
 * Screenshots go to {@code target/screenshots}.
 */
class ChineseBrowserTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static HostSite site;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        site = HostSite.start();
        server = TestServer.start(Map.of("CHATDESK_SERVER_CORS_ORIGINS", site.origin()));
        site.put("/zh.html", HostSite.chineseShop(server.client().base()));
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
    void aChineseCustomerTalksToTheBotAndAChineseAgentReadsTheConversationInTheConsole() throws Exception {
        try (Browser browser = Browser.start()) {
            WidgetPage widget = new WidgetPage(browser);
            widget.load(site.origin() + "/zh.html");
            widget.openPanel();
            assertEquals("在线客服", widget.find(".cd-title").getText());
            assertEquals("转人工客服", widget.find(".cd-human").getDomProperty("textContent"));
            assertEquals("请输入消息…", widget.find(".cd-input").getDomAttribute("placeholder"));

            long bots = widget.count("bot");
            widget.send("我的快递到哪了？");
            String asked = widget.awaitNew("bot", bots);
            assertTrue(asked.contains("订单号"), asked);

            bots = widget.count("bot");
            widget.send("NW-482913");
            String status = widget.awaitNew("bot", bots);
            assertTrue(status.contains("NW-482913") && status.contains("DHL"), status);

            long systems = widget.count("system");
            widget.send("我要转人工");
            widget.awaitStatus("正在为您转接人工客服");
            String handover = widget.awaitNew("system", systems);
            assertTrue(HAN.matcher(handover).find(), handover);
            widget.awaitStill();
            assertTrue(Files.size(browser.screenshot("widget-zh-CN-conversation")) > 10_000);
            String conversationId = widget.storedConversation().at("/id").asText();

            ConsolePage console = new ConsolePage(browser, server.client().base());
            console.open("?lang=zh-CN");
            assertEquals("登录", browser.driver().findElement(By.id("login-submit")).getText());
            console.signIn("admin", TestServer.ADMIN_PASSWORD);
            WebDriver page = browser.driver();
            assertEquals("zh-CN", page.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("Chatdesk · 客服工作台", page.getTitle());
            assertEquals("已连接", page.findElement(By.id("connection")).getText());
            assertEquals("退出登录", page.findElement(By.id("logout")).getText());
            assertEquals("admin（管理员）", page.findElement(By.id("me")).getText());

            console.awaitQueueItem(conversationId).click();
            browser.await(d -> console.transcriptTexts().contains("我要转人工"));
            assertEveryOwnWordIsChinese(console);
            List<String> texts = console.transcriptTexts();
            assertTrue(texts.containsAll(List.of("我的快递到哪了？", "NW-482913", "我要转人工")), texts.toString());
            assertTrue(texts.contains(asked) && texts.contains(status), texts.toString());
            assertEquals("客户要求人工", page.findElement(By.cssSelector(".queue-item .reason-requested")).getText());
            assertTrue(page.findElement(By.id("escalation")).getText().startsWith("客户要求人工 · "));
            String meta = page.findElement(By.id("conversation-meta")).getText();
            assertTrue(meta.startsWith("等待人工客服 · 渠道：网页 · "), meta);
            List<String> authors = browser.texts("#transcript .msg-customer .msg-author");
            assertEquals(List.of("客户", "客户", "客户"), authors);
            // every message in Chinese, the customer's and the bot's, is marked as Chinese in the console's language
            @SuppressWarnings("unchecked")
            List<List<String>> marked = (List<List<String>>) console.script("""
                    return Array.from(document.querySelectorAll('#transcript .msg-customer, #transcript .msg-bot'), m =>
                      [m.querySelector('.msg-text').textContent, (m.querySelector('.msg-language') || {}).textContent || '']);""");
            for (List<String> message : marked) {
                if (HAN.matcher(message.get(0)).find()) {
                    assertEquals("中文", message.get(1), message.get(0));
                }
            }

            page.findElement(By.id("claim")).click();
            browser.await(d -> d.findElement(By.id("conversation-meta")).getText().contains("由 admin 处理"));
            assertEquals("输入回复…（Enter 发送，Shift+Enter 换行）", page.findElement(By.id("reply-text")).getDomAttribute("placeholder"));
            page.findElement(By.id("reply-text")).sendKeys("您好，我是客服小王。您的订单 NW-482913 已由 DHL 发出，我帮您催一下。", Keys.ENTER);
            browser.await(d -> console.transcriptTexts().stream().anyMatch(text -> text.startsWith("您好，我是客服小王。")));
            assertEveryOwnWordIsChinese(console);
            page.manage().window().setSize(new Dimension(1366, 1500)); // tall enough to show the whole history
            assertTrue(Files.size(browser.screenshot("console-zh-CN")) > 10_000);

            page.findElement(By.id("team")).click();
            browser.await(d -> browser.texts("#audit tr").stream().anyMatch(row -> row.contains("接入对话") && row.contains("对话 " + conversationId)));
            assertEquals("管理员", page.findElement(By.cssSelector("#accounts tr[data-username='admin'] td:nth-child(3)")).getText());
            assertEveryOwnWordIsChinese(console);
            browser.screenshot("console-zh-CN-team");
        }
    }

    @Test
    void theLanguageSwitchSavesTheAgentsChoiceAndTheAddressWins() throws Exception {
        try (Browser browser = Browser.start()) {
            ConsolePage console = new ConsolePage(browser, server.client().base());
            WebDriver page = browser.driver();
            console.open("");
            assertEquals("Sign in", page.findElement(By.id("login-submit")).getText(), "the browser's language is English");

            page.findElement(By.cssSelector("#login-view .language-switch button[lang='zh-CN']")).click();
            assertEquals("登录", page.findElement(By.id("login-submit")).getText());
            assertEquals("zh-CN", page.findElement(By.tagName("html")).getDomAttribute("lang"));
            browser.screenshot("console-zh-CN-sign-in");

            console.open("");
            assertEquals("登录", page.findElement(By.id("login-submit")).getText(), "the choice is saved");
            console.signIn("admin", TestServer.ADMIN_PASSWORD);
            assertEquals("true", page.findElement(By.cssSelector(".topbar .language-switch button[lang='zh-CN']"))
                    .getDomAttribute("aria-pressed"));
            page.findElement(By.cssSelector(".topbar .language-switch button[lang='en']")).click();
            assertEquals("Sign out", page.findElement(By.id("logout")).getText());
            assertEquals("Live", page.findElement(By.id("connection")).getText());
            assertEquals("en", page.findElement(By.tagName("html")).getDomAttribute("lang"));

            page.get(server.client().base() + "/agent?lang=zh-CN");
            browser.await(d -> d.findElement(By.id("logout")).getText().equals("退出登录"));
            page.get(server.client().base() + "/agent");
            browser.await(d -> d.findElement(By.id("logout")).getText().equals("Sign out"));
        }
    }

    /** Every text of index.html that the console sets (an element's text, a label, a placeholder) has Chinese in it. */
    private static void assertEveryOwnWordIsChinese(ConsolePage console) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) console.script("""
                const texts = Array.from(document.querySelectorAll('[data-text]'), e => e.textContent);
                texts.push(document.getElementById('queue-empty').textContent);
                for (const attribute of ['aria-label', 'placeholder', 'title'])
                  document.querySelectorAll('[data-text-' + attribute + ']').forEach(e => texts.push(e.getAttribute(attribute)));
                const shown = '#connection, #queue, #conversation-meta, #escalation .escalation-head, #claim, #transcript .msg-head,'
                  + ' #transcript .nlu, #trend-caption, #other-conversations';
                document.querySelectorAll(shown).forEach(e => { if (e.offsetParent !== null && e.innerText.trim()) texts.push(e.innerText); });
                texts.push(document.getElementById('reply-text').placeholder);
                return texts;""");
        for (String text : texts) {
            assertTrue(HAN.matcher(text).find(), "not in Chinese: " + text);
        }
    }
}
