package dev.chatdesk.connectors.slack;

import dev.chatdesk.connectors.platform.ApiChannel;
import dev.chatdesk.connectors.platform.PlatformApi;
import dev.chatdesk.connectors.platform.RetryingSender;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.channel.DeliveryFailedException;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Posts messages with {@code chat.postMessage} ({@code Authorization: Bearer <bot token>}), in the
 * conversation's thread when it has one. Quick replies become Block Kit buttons under the text,
 * which then goes in section blocks too (Slack shows blocks instead of the text when there are
 * any). Slack answers refusals with HTTP 200 and {@code "ok": false}: those are failures too.
 */
final class SlackChannel extends ApiChannel {
    static final String NAME = "slack";
    private static final String PLATFORM = "Slack";
    /** Slack's limits: a section's text, and a button's label. */
    private static final int SECTION_CHARS = 3000;
    private static final int BUTTON_CHARS = 75;

    private final PlatformApi api;
    private final String postMessageUrl;
    private final String botToken;

    SlackChannel(WebClient client, RetryingSender sender, URI apiBase, String botToken) {
        super(NAME, PLATFORM);
        this.api = new PlatformApi(client, sender, PLATFORM);
        this.postMessageUrl = PlatformApi.endpoint(apiBase, "/chat.postMessage");
        this.botToken = botToken;
    }

    @Override
    public CompletableFuture<Void> send(String address, OutboundMessage message) {
        JsonObject body = new JsonObject().put("channel", SlackAddress.channel(address)).put("text", message.text());
        String threadTs = SlackAddress.threadTs(address);
        if (threadTs != null) {
            body.put("thread_ts", threadTs);
        }
        if (!message.quickReplies().isEmpty()) {
            body.put("blocks", blocks(message.text(), message.quickReplies()));
        }
        return api.post(postMessageUrl, request -> request
                        .bearerTokenAuthentication(botToken)
                        .putHeader("Content-Type", "application/json; charset=utf-8")
                        .sendBuffer(body.toBuffer()))
                .thenAccept(SlackChannel::requireOk);
    }

    private static JsonArray blocks(String text, List<QuickReply> quickReplies) {
        JsonArray blocks = new JsonArray();
        for (int start = 0; start < text.length(); start += SECTION_CHARS) {
            String part = text.substring(start, Math.min(text.length(), start + SECTION_CHARS));
            blocks.add(new JsonObject().put("type", "section").put("text", new JsonObject().put("type", "plain_text").put("text", part)));
        }
        JsonArray buttons = new JsonArray();
        for (int i = 0; i < quickReplies.size(); i++) {
            QuickReply reply = quickReplies.get(i);
            buttons.add(new JsonObject()
                    .put("type", "button")
                    .put("action_id", "quick_reply_" + i)
                    .put("text", new JsonObject().put("type", "plain_text").put("text", label(reply.title())))
                    .put("value", reply.payload()));
        }
        return blocks.add(new JsonObject().put("type", "actions").put("elements", buttons));
    }

    private static String label(String title) {
        return title.length() <= BUTTON_CHARS ? title : title.substring(0, BUTTON_CHARS - 1) + "…";
    }

    private static void requireOk(HttpResponse<Buffer> response) {
        JsonObject answer;
        try {
            answer = response.bodyAsJsonObject();
        } catch (DecodeException | ClassCastException e) {
            throw new DeliveryFailedException(PLATFORM + " answered chat.postMessage with something that is not JSON");
        }
        if (answer == null || !Boolean.TRUE.equals(answer.getValue("ok"))) {
            String error = answer == null ? "no answer" : answer.getString("error", "no reason given");
            throw new DeliveryFailedException(PLATFORM + " refused the message: " + error);
        }
    }
}
