package dev.chatdesk.server.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Another website on 127.0.0.1, a different origin from the Chatdesk server: the pages a customer's
 * site would embed the widget on. Pages are added after start, once the server's address is known.
 */
final class HostSite implements AutoCloseable {
    /** A file the site serves, with its content type and an optional Content-Security-Policy (null for none). */
    record File(String contentType, String body, String contentSecurityPolicy) {}

    private final HttpServer server;
    private final Map<String, File> files = new ConcurrentHashMap<>();

    private HostSite(HttpServer server) {
        this.server = server;
    }

    /** Starts the site on a free port. */
    static HostSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HostSite site = new HostSite(server);
        server.createContext("/", exchange -> {
            File file = site.files.get(exchange.getRequestURI().getPath());
            byte[] body = (file == null ? "not found" : file.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", file == null ? "text/plain" : file.contentType());
            if (file != null && file.contentSecurityPolicy() != null) {
                exchange.getResponseHeaders().add("Content-Security-Policy", file.contentSecurityPolicy());
            }
            exchange.sendResponseHeaders(file == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return site;
    }

    /** The site's origin, such as {@code http://127.0.0.1:41234}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A shop's page in Simplified Chinese ({@code lang="zh-CN"}) that embeds the widget of the Chatdesk server at the address. */
    static File chineseShop(String chatdesk) {
        return new File("text/html", "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>北风户外</title><script src=\"" + chatdesk + "/widget.js\" data-chatdesk-server=\"" + chatdesk
                + "\" defer></script></head><body><h1>北风户外旗舰店</h1><p>冲锋衣、登山鞋、帐篷。</p></body></html>", null);
    }

    /** Serves a file at the path. */
    void put(String path, File file) {
        files.put(path, file);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
