package dev.chatdesk.connectors.telegram;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.http.JsonRequests;
import dev.chatdesk.connectors.platform.InboundKind;
import dev.chatdesk.connectors.platform.InboundMessage;
import dev.chatdesk.connectors.platform.Payloads;
import dev.chatdesk.connectors.platform.PlatformWebhook;
import dev.chatdesk.connectors.platform.Signatures;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.conversation.Customer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Telegram updates: a {@code message} with text (the {@code /start} command opens the
 * conversation), a {@code callback_query} from an inline-keyboard button, and messages of other
 * kinds (stickers, photos, files...) as unsupported. Other updates (edits, channel posts) are
 * acknowledged and ignored. Deliveries must carry the webhook's secret token.
 */
final class TelegramWebhook implements PlatformWebhook {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);
    /** Message contents other than text that a customer may send; service messages (members joining) are not among them. */
    private static final List<String> NON_TEXT = List.of("photo", "sticker", "document", "video", "voice", "audio",
            "animation", "video_note", "location", "contact", "venue", "poll", "dice");

    private final String secretToken;
    private final TelegramApi api;

    TelegramWebhook(String secretToken, TelegramApi api) {
        this.secretToken = secretToken;
        this.api = api;
    }

    @Override
    public void verify(RoutingContext ctx) {
        if (!Signatures.matches(ctx.request().getHeader(SECRET_HEADER), secretToken)) {
            throw ApiError.unauthorized("The Telegram secret token is missing or wrong.");
        }
    }

    @Override
    public WebhookDelivery read(RoutingContext ctx) {
        JsonObject update = JsonRequests.body(ctx, false);
        String updateId = Payloads.requiredId(update, "update_id", "");
        JsonObject message = Payloads.optionalObject(update, "message", "");
        if (message != null) {
            InboundMessage inbound = message(updateId, message);
            return inbound == null ? WebhookDelivery.NOTHING : WebhookDelivery.of(inbound);
        }
        JsonObject callback = Payloads.optionalObject(update, "callback_query", "");
        if (callback != null && callback.getValue("message") != null && callback.getValue("data") != null) {
            return WebhookDelivery.of(callback(updateId, callback));
        }
        return WebhookDelivery.NOTHING;
    }

    /** The customer's message, or null for a service message (a member joined, a title changed), which nobody wrote to us. */
    private static InboundMessage message(String updateId, JsonObject message) {
        JsonObject chat = Payloads.requiredObject(message, "chat", "message");
        JsonObject from = Payloads.requiredObject(message, "from", "message");
        String address = TelegramAddress.of(Payloads.requiredId(chat, "id", "message.chat"), Payloads.requiredId(from, "id", "message.from"));
        Customer customer = customer(from, "message.from");
        String text = Payloads.optionalString(message, "text", "message");
        if (text != null) {
            return isStart(text)
                    ? InboundMessage.of(InboundKind.START, updateId, address, customer)
                    : InboundMessage.text(updateId, address, customer, text);
        }
        return NON_TEXT.stream().anyMatch(message::containsKey)
                ? InboundMessage.of(InboundKind.UNSUPPORTED, updateId, address, customer)
                : null;
    }

    private static InboundMessage callback(String updateId, JsonObject callback) {
        JsonObject from = Payloads.requiredObject(callback, "from", "callback_query");
        JsonObject chat = Payloads.requiredObject(Payloads.requiredObject(callback, "message", "callback_query"), "chat",
                "callback_query.message");
        String address = TelegramAddress.of(Payloads.requiredId(chat, "id", "callback_query.message.chat"),
                Payloads.requiredId(from, "id", "callback_query.from"));
        return InboundMessage.button(updateId, address, customer(from, "callback_query.from"),
                Payloads.requiredString(callback, "data", "callback_query"), Payloads.requiredId(callback, "id", "callback_query"));
    }

    /** The /start command, also addressed to the bot by name in groups ({@code /start@shop_bot}) or with a deep-link parameter. */
    private static boolean isStart(String text) {
        String command = text.strip().split("\\s+", 2)[0];
        return command.equals("/start") || command.startsWith("/start@");
    }

    private static Customer customer(JsonObject from, String path) {
        String name = Stream.of(Payloads.optionalString(from, "first_name", path), Payloads.optionalString(from, "last_name", path))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return new Customer(Payloads.requiredId(from, "id", path), name.isEmpty() ? null : name, null);
    }

    /** Stops the button's loading indicator in the user's Telegram app. */
    @Override
    public void accepted(InboundMessage message) {
        if (message.kind() == InboundKind.BUTTON) {
            api.call("answerCallbackQuery", new JsonObject().put("callback_query_id", message.interactionId()))
                    .whenComplete((answer, error) -> {
                        if (error != null) {
                            LOG.warn("Could not answer Telegram callback query of update {}: {}", message.deliveryId(), error.getMessage());
                        }
                    });
        }
    }
}
