package dev.chatdesk.server.demo;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo shop's order API, which the demo bot's flows call: {@code GET /orders/{number}},
 * {@code POST /orders/{number}/returns} (JSON {@code {"item": "the boots", "reason": "too small"}})
 * and {@code POST /orders/{number}/cancel}. It listens on 127.0.0.1 only and serves the demo orders
 * of {@code demo/orders.json} from memory; returns and cancellations change them until it stops.
 * Every answer is a JSON object; errors carry {@code error} (a code) and {@code reason} (a sentence
 * for the customer). The sentences for customers are in Simplified Chinese when the request's
 * {@code Accept-Language} header starts with {@code zh}, else in English.
 *
 * <p>Deploy it with {@code vertx.deployVerticle(service)}, then read {@link #baseUrl()}.
 */
public final class DemoOrderService extends VerticleBase {
    /** The shop's time zone: its warehouse and customer service are in Germany. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Berlin");

    private static final Logger LOG = LoggerFactory.getLogger(DemoOrderService.class);
    private static final String HOST = "127.0.0.1";
    private static final String JSON = "application/json; charset=utf-8";
    private static final long MAX_BODY_BYTES = 16 * 1024;
    private static final Map<Integer, Function<OrderTexts, String>> ROUTING_ERRORS = Map.of(
            400, OrderTexts::unreadableRequest,
            404, OrderTexts::noSuchEndpoint,
            405, OrderTexts::methodNotAllowed,
            413, texts -> texts.bodyTooLarge(MAX_BODY_BYTES),
            500, OrderTexts::serviceFailed);
    private static final OrderTexts ENGLISH = new EnglishOrderTexts();
    private static final OrderTexts CHINESE = new ChineseOrderTexts();

    private final int requestedPort;
    private final OrderBook book;
    private volatile HttpServer server;

    /** A service on the given port (0 for any free one) with the demo orders, dated from today. */
    public DemoOrderService(int port) {
        this(port, Clock.system(SHOP_ZONE));
    }

    /** A service whose clock says what day it is, for the return window and delivery dates. */
    DemoOrderService(int port, Clock clock) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the demo order service's port must be between 0 and 65535, was " + port);
        }
        this.requestedPort = port;
        this.book = new OrderBook(DemoOrders.load(LocalDate.now(clock)), clock);
    }

    /** Starts listening; the future fails when the port cannot be bound. */
    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);
        router.get("/orders/:number").handler(this::showOrder);
        router.post("/orders/:number/returns").handler(body).handler(this::registerReturn);
        router.post("/orders/:number/cancel").handler(body).handler(this::cancel);
        router.get("/orders/:number/changes").handler(this::changeable);
        router.post("/orders/:number/changes").handler(body).handler(this::requestChange);
        ROUTING_ERRORS.forEach((status, reason) -> router.errorHandler(status, ctx -> {
            if (status == 500) {
                LOG.error("demo order service: {} {} failed", ctx.request().method(), ctx.normalizedPath(), ctx.failure());
            }
            send(ctx, status, OrderJson.error("http_" + status, null, reason.apply(texts(ctx))));
        }));
        return vertx.createHttpServer().requestHandler(router).listen(requestedPort, HOST).onSuccess(s -> server = s);
    }

    /** The port it listens on, once started. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("the demo order service has not started");
        }
        return server.actualPort();
    }

    /** The address flows call it at, such as {@code http://127.0.0.1:41234}, once started. */
    public String baseUrl() {
        return "http://" + HOST + ":" + port();
    }

    /** The texts for a request's {@code Accept-Language} header (may be null): Chinese when it starts with {@code zh}, else English. */
    private static OrderTexts texts(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    private static OrderTexts texts(RoutingContext ctx) {
        return texts(ctx.request().getHeader("Accept-Language"));
    }

    private void showOrder(RoutingContext ctx) {
        number(ctx).ifPresent(number -> book.find(number).ifPresentOrElse(
                order -> send(ctx, 200, OrderJson.order(texts(ctx), order, book.today())),
                () -> send(ctx, 404, notFound(ctx, number))));
    }

    private void registerReturn(RoutingContext ctx) {
        Optional<String> number = number(ctx);
        if (number.isEmpty()) {
            return;
        }
        JsonObject request = jsonBody(ctx);
        if (!(request.getValue("item") instanceof String item) || item.isBlank()) {
            send(ctx, 400, OrderJson.error("invalid_request", number.get(), texts(ctx).noItemsNamed()));
            return;
        }
        String reason = request.getValue("reason") instanceof String given && !given.isBlank() ? given.strip() : "not given";
        respond(ctx, book.registerReturn(number.get(), item, reason), 201,
                registration -> OrderJson.registered(texts(ctx), registration.order(), registration.registered()));
    }

    private void cancel(RoutingContext ctx) {
        number(ctx).ifPresent(number -> respond(ctx, book.cancel(number), 200, order -> OrderJson.cancelled(texts(ctx), order)));
    }

    /** Whether the order can still be changed: 200, or 409 with the reason. */
    private void changeable(RoutingContext ctx) {
        number(ctx).ifPresent(number -> respond(ctx, book.requestChange(number), 200,
                order -> new JsonObject().put("number", order.number()).put("status", order.status().code())));
    }

    private void requestChange(RoutingContext ctx) {
        Optional<String> number = number(ctx);
        if (number.isEmpty()) {
            return;
        }
        if (!(jsonBody(ctx).getValue("change") instanceof String change) || change.isBlank()) {
            send(ctx, 400, OrderJson.error("invalid_request", number.get(), texts(ctx).noChangeGiven()));
            return;
        }
        respond(ctx, book.requestChange(number.get()), 200, order -> OrderJson.changeTaken(texts(ctx), order, change.strip()));
    }

    /** The order number of the path, canonical; a number in the wrong format is answered with 400 here. */
    private Optional<String> number(RoutingContext ctx) {
        String raw = ctx.pathParam("number");
        Optional<String> number = OrderNumbers.normalise(raw);
        if (number.isEmpty()) {
            send(ctx, 400, OrderJson.error("invalid_order_number", null, texts(ctx).notAnOrderNumber(raw)));
        }
        return number;
    }

    private static JsonObject jsonBody(RoutingContext ctx) {
        try {
            JsonObject json = ctx.body().asJsonObject();
            return json == null ? new JsonObject() : json;
        } catch (DecodeException | ClassCastException e) {
            // Not a JSON object: treated as an empty one, so the caller hears which field is missing.
            return new JsonObject();
        }
    }

    private <T> void respond(RoutingContext ctx, OrderOutcome<T> outcome, int successStatus, Function<T, JsonObject> success) {
        switch (outcome) {
            case OrderOutcome.Done<T> done -> send(ctx, successStatus, success.apply(done.value()));
            case OrderOutcome.NotFound<T> missing -> send(ctx, 404, notFound(ctx, missing.number()));
            case OrderOutcome.Refused<T> refused -> send(ctx, refused.refusal() == Refusal.UNKNOWN_ITEM ? 400 : 409,
                    OrderJson.refused(texts(ctx), refused.refusal(), refused.order(), refused.items(), book.today()));
        }
    }

    private static JsonObject notFound(RoutingContext ctx, String number) {
        return OrderJson.error("order_not_found", number, texts(ctx).noSuchOrder(number));
    }

    private static void send(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", JSON).end(body.encode());
    }
}
