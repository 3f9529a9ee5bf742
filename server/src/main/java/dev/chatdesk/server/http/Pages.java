package dev.chatdesk.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The pages and scripts browsers load: the demo shop with the widget, the widget itself, the
 * agent console, the insights dashboard and their icon. Each is a file under {@code web/} on the classpath, read once at start; no build
 * step runs at run time.
 */
final class Pages {
    /**
     * Our own pages load scripts, styles and images only from us and talk only to us; the console
     * cannot be framed by other sites. Inline scripts never run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final List<Page> PAGES = List.of(
            new Page("/agent", "web/agent/index.html", "text/html; charset=utf-8"),
            new Page("/agent/console.js", "web/agent/console.js", "text/javascript; charset=utf-8"),
            new Page("/agent/console.css", "web/agent/console.css", "text/css; charset=utf-8"),
            new Page("/insights", "web/insights/index.html", "text/html; charset=utf-8"),
            new Page("/insights/insights.js", "web/insights/insights.js", "text/javascript; charset=utf-8"),
            new Page("/insights/insights.css", "web/insights/insights.css", "text/css; charset=utf-8"),
            // Chart.js, from its WebJar (org.webjars.npm:chart.js): served from here, never from a CDN.
            new Page("/insights/chart.umd.js", "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.js",
                    "text/javascript; charset=utf-8"),
            new Page("/", "web/demo/index.html", "text/html; charset=utf-8"),
            new Page("/demo/shop.css", "web/demo/shop.css", "text/css; charset=utf-8"),
            new Page("/demo/products.svg", "web/demo/products.svg", "image/svg+xml"),
            new Page("/widget.js", "web/widget.js", "text/javascript; charset=utf-8"),
            new Page("/favicon.svg", "web/favicon.svg", "image/svg+xml"));

    private Pages() {}

    /**
     * Adds a GET route for each page. Browsers keep a copy and ask whether it is still current
     * ({@code no-cache} with an ETag): the widget loads on every page of a host site, and an
     * unchanged one costs a 304 without a body.
     */
    static void mount(Router router) {
        for (Page page : PAGES) {
            Buffer content = load(page.resource());
            String etag = etag(content);
            router.get(page.path()).handler(ctx -> {
                ctx.response()
                        .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .putHeader("Referrer-Policy", "no-referrer")
                        .putHeader("Cache-Control", "no-cache")
                        .putHeader("ETag", etag);
                if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
                    ctx.response().setStatusCode(304).end();
                } else {
                    ctx.response().putHeader("Content-Type", page.contentType()).end(content);
                }
            });
        }
    }

    /** The content's SHA-256, as a strong validator. */
    private static String etag(Buffer content) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes())) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Buffer load(String resource) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The page " + resource + " is missing from the classpath.");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Page(String path, String resource, String contentType) {}
}
