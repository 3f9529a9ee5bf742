package dev.chatdesk.connectors.slack;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.platform.FormBody;
import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.Payloads;
import dev.chatdesk.connectors.platform.PlatformWebhook;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.conversation.Customer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/**
 * Reads what Slack sends to the one webhook: Events API deliveries as JSON (the
 * {@code url_verification} handshake, and {@code event_callback}s of {@code message} events,
 * leaving out bots' messages, our own among them, and edits), and interactivity payloads as a form
 * ({@code payload=<JSON>}) of which {@code block_actions} clicks on our quick-reply buttons are
 * read. A file a user shares is answered that only text is read.
 */
final class SlackWebhook implements PlatformWebhook {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final String signingSecret;
    private final Clock clock;

    SlackWebhook(String signingSecret, Clock clock) {
        this.signingSecret = signingSecret;
        this.clock = clock;
    }

    @Override
    public void verify(RoutingContext ctx) {
        if (!SlackSignature.verify(signingSecret, ctx.request().getHeader(SlackSignature.TIMESTAMP_HEADER),
                ctx.request().getHeader(SlackSignature.SIGNATURE_HEADER), PlatformWebhook.rawBody(ctx), clock.instant())) {
            throw ApiError.unauthorized("The Slack signature is missing, wrong or too old.");
        }
    }

    @Override
    public WebhookDelivery read(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            return interaction(ctx);
        }
        JsonObject body = JsonRequests.body(ctx, false);
        return switch (Payloads.requiredString(body, "type", "")) {
            case "url_verification" -> WebhookDelivery.answer(new JsonObject()
                    .put("challenge", Payloads.requiredString(body, "challenge", "")));
            case "event_callback" -> event(Payloads.requiredString(body, "event_id", ""), Payloads.requiredObject(body, "event", ""));
            default -> WebhookDelivery.NOTHING;
        };
    }

    private static WebhookDelivery event(String eventId, JsonObject event) {
        String subtype = Payloads.optionalString(event, "subtype", "event");
        String user = Payloads.optionalString(event, "user", "event");
        boolean fromAPerson = user != null && event.getValue("bot_id") == null;
        if (!"message".equals(Payloads.requiredString(event, "type", "event")) || !fromAPerson
                || (subtype != null && !subtype.equals("file_share"))) {
            return WebhookDelivery.NOTHING;
        }
        String address = SlackAddress.of(Payloads.requiredString(event, "channel", "event"), user,
                Payloads.optionalString(event, "thread_ts", "event"));
        Customer customer = new Customer(user, null, null);
        String text = Payloads.optionalString(event, "text", "event");
        return WebhookDelivery.of(subtype == null && text != null
                ? InboundMessage.text(eventId, address, customer, text)
                : InboundMessage.of(InboundKind.UNSUPPORTED, eventId, address, customer));
    }

    private static WebhookDelivery interaction(RoutingContext ctx) {
        String form = new String(PlatformWebhook.rawBody(ctx), StandardCharsets.UTF_8);
        String payloadText = FormBody.parse(form).get("payload");
        if (payloadText == null) {
            throw ApiError.invalid("'payload' is required.");
        }
        JsonObject payload;
        try {
            payload = new JsonObject(payloadText);
        } catch (DecodeException e) {
            throw ApiError.invalid("'payload' is not a JSON object.");
        }
        JsonObject channel = Payloads.optionalObject(payload, "channel", "payload");
        JsonArray actions = payload.getValue("actions") instanceof JsonArray array ? array : new JsonArray();
        if (!"block_actions".equals(payload.getValue("type")) || channel == null || actions.isEmpty()
                || !(actions.getValue(0) instanceof JsonObject action) || action.getValue("value") == null) {
            return WebhookDelivery.NOTHING;
        }
        JsonObject user = Payloads.requiredObject(payload, "user", "payload");
        JsonObject message = Payloads.optionalObject(payload, "message", "payload");
        String threadTs = message == null ? null : Payloads.optionalString(message, "thread_ts", "payload.message");
        String userId = Payloads.requiredString(user, "id", "payload.user");
        String address = SlackAddress.of(Payloads.requiredString(channel, "id", "payload.channel"), userId, threadTs);
        Customer customer = new Customer(userId, Payloads.optionalString(user, "name", "payload.user"), null);
        return WebhookDelivery.of(InboundMessage.button(Payloads.requiredString(payload, "trigger_id", "payload"), address, customer,
                Payloads.requiredString(action, "value", "payload.actions.0"), null));
    }
}
