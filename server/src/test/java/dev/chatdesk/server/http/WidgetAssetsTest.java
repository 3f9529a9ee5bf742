package dev.chatdesk.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo shop's page and the widget script, as browsers get them. */
class WidgetAssetsTest {
    private static ServicelessServer server;

    @BeforeAll
    static void start() {
        server = new ServicelessServer(List.of("*"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDemoShopPageComesWithTheStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = server.send(server.request("/"));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(Pages.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(null));
        assertTrue(page.body().contains("<script src=\"/widget.js\""), "the widget is on the page");
    }

    @Test
    void anUnchangedWidgetIsNotSentAgain() throws Exception {
        HttpResponse<String> first = server.send(server.request("/widget.js"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = server.send(server.request("/widget.js").header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, server.send(server.request("/widget.js").header("If-None-Match", "\"other\"")).statusCode());
    }

    @Test
    void everyFileTheDemoShopPageUsesIsServed() throws Exception {
        String page = server.send(server.request("/")).body();
        Matcher references = Pattern.compile("(?:src|href)=\"(/[^\"#]*)").matcher(page);
        int checked = 0;
        while (references.find()) {
            assertEquals(200, server.send(server.request(references.group(1))).statusCode(), references.group(1));
            checked++;
        }
        assertTrue(checked >= 3, "the page references only " + checked + " files");
    }

    @Test
    void theShopAndTheConsoleShowOurIconInTheBrowsersTab() throws Exception {
        for (String page : List.of("/", "/agent")) {
            assertTrue(server.send(server.request(page)).body().contains("<link rel=\"icon\" href=\"/favicon.svg\""), page);
        }
        HttpResponse<String> icon = server.send(server.request("/favicon.svg"));
        assertEquals(200, icon.statusCode());
        assertEquals("image/svg+xml", icon.headers().firstValue("Content-Type").orElse(null));
        assertTrue(icon.body().startsWith("<svg"), icon.body());
    }

    @Test
    void theWidgetScriptIsJavaScriptAndUnder45Kilobytes() throws Exception {
        HttpResponse<String> script = server.send(server.request("/widget.js"));
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        int bytes = script.body().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < 45_000, "widget.js has grown to " + bytes + " bytes");
    }
}
