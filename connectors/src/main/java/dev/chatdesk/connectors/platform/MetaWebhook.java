package dev.chatdesk.connectors.platform;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The webhook of a Meta platform (WhatsApp, Messenger): deliveries are JSON signed with
 * {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>} under the app secret; when
 * the webhook URL is saved, Meta verifies it with
 * {@code GET <url>?hub.mode=subscribe&hub.verify_token=<token>&hub.challenge=<text>} and expects
 * the challenge back as plain text (a wrong token is a 403). The platform's payload mapping is
 * given. Thread-safe.
 */
public final class MetaWebhook implements PlatformWebhook {
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final String appSecret;
    private final String verifyToken;
    private final Function<JsonObject, WebhookDelivery> payload;
    private final Predicate<OutboundMessage> numbered;

    /**
     * A webhook of one Meta app.
     *
     * @param appSecret the app's secret, which signs deliveries
     * @param verifyToken the token Meta presents in the handshake
     * @param payload maps a verified delivery's JSON to its messages (failing with a 400 when malformed)
     * @param numbered whether the platform's channel sent a message's quick replies as numbered text
     */
    public MetaWebhook(String appSecret, String verifyToken, Function<JsonObject, WebhookDelivery> payload,
            Predicate<OutboundMessage> numbered) {
        this.appSecret = appSecret;
        this.verifyToken = verifyToken;
        this.payload = payload;
        this.numbered = numbered;
    }

    @Override
    public void verify(RoutingContext ctx) {
        if (!Sha256BodySignature.verify(appSecret, PlatformWebhook.rawBody(ctx), ctx.request().getHeader(SIGNATURE_HEADER))) {
            throw ApiError.unauthorized("The X-Hub-Signature-256 header is missing or does not sign this body.");
        }
    }

    @Override
    public WebhookDelivery read(RoutingContext ctx) {
        return payload.apply(JsonRequests.body(ctx, false));
    }

    @Override
    public boolean numbersQuickReplies(OutboundMessage sent) {
        return numbered.test(sent);
    }

    /** Mounts the verify-token handshake at {@code GET path}. */
    @Override
    public void mountHandshake(Router router, String path) {
        router.get(path).handler(this::handshake);
    }

    private void handshake(RoutingContext ctx) {
        String challenge = ctx.request().getParam("hub.challenge");
        if (!"subscribe".equals(ctx.request().getParam("hub.mode"))
                || !Signatures.matches(ctx.request().getParam("hub.verify_token"), verifyToken)) {
            throw ApiError.forbidden("The hub.mode is not subscribe or the hub.verify_token is wrong.");
        }
        if (challenge == null || challenge.isEmpty()) {
            throw ApiError.invalid("'hub.challenge' is required.");
        }
        ctx.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8").end(challenge);
    }
}
