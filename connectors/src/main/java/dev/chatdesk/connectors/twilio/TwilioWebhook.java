package dev.chatdesk.connectors.twilio;

import dev.chatdesk.connectors.http.ApiError;
import dev.chatdesk.connectors.platform.FormBody;
import dev.chatdesk.connectors.platform.PlatformWebhook;
import dev.chatdesk.connectors.platform.WebhookDelivery;
import dev.chatdesk.core.channel.OutboundMessage;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Twilio's incoming-message webhook: a form signed with {@code X-Twilio-Signature} over the public
 * URL Twilio calls, read by {@link TwilioPayload}, and answered with an empty TwiML response
 * (replies go out through the REST API once processed). Quick replies reach SMS as numbered text,
 * so a bare number answers them.
 */
final class TwilioWebhook implements PlatformWebhook {
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final String authToken;
    private final String publicUrl;

    TwilioWebhook(String authToken, String publicUrl) {
        this.authToken = authToken;
        this.publicUrl = publicUrl;
    }

    @Override
    public void verify(RoutingContext ctx) {
        if (!TwilioSignature.verify(authToken, publicUrl, parameters(ctx), ctx.request().getHeader(TwilioSignature.HEADER))) {
            throw ApiError.unauthorized("The X-Twilio-Signature header is missing or does not sign this request.");
        }
    }

    @Override
    public WebhookDelivery read(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            throw ApiError.of(415, "unsupported_media_type", "Send the body as " + FORM + ".");
        }
        return TwilioPayload.read(FormBody.parse(body(ctx)));
    }

    @Override
    public void acknowledge(RoutingContext ctx) {
        ctx.response().setStatusCode(200).putHeader("Content-Type", "text/xml; charset=utf-8").end(EMPTY_TWIML);
    }

    @Override
    public boolean numbersQuickReplies(OutboundMessage sent) {
        return !sent.quickReplies().isEmpty();
    }

    /** The signed parameters: the form's fields, none for another kind of body (whose signature then cannot match a form's). */
    private static List<Map.Entry<String, String>> parameters(RoutingContext ctx) {
        try {
            return FormBody.pairs(body(ctx));
        } catch (ApiError malformed) {
            // Nothing is answered about a body before its signature is checked: a body Twilio did not encode is unsigned.
            throw ApiError.unauthorized("The X-Twilio-Signature header is missing or does not sign this request.");
        }
    }

    private static String body(RoutingContext ctx) {
        return new String(PlatformWebhook.rawBody(ctx), StandardCharsets.UTF_8);
    }
}
