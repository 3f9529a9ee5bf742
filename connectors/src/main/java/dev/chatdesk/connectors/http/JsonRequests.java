package dev.chatdesk.connectors.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads a request's JSON body strictly: JSON content type, valid UTF-8, one JSON object. */
public final class JsonRequests {
    private JsonRequests() {}

    /** The body as a JSON object; an empty body is an empty object when {@code optional}. */
    public static JsonObject body(RoutingContext ctx, boolean optional) {
        Buffer buffer = ctx.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            if (optional) {
                return new JsonObject();
            }
            throw ApiError.invalid("The request needs a JSON body.");
        }
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiError.of(415, "unsupported_media_type", "Send the body as application/json.");
        }
        String text = strictUtf8(buffer);
        Object parsed;
        try {
            parsed = Json.decodeValue(text);
        } catch (DecodeException e) {
            throw ApiError.invalid("The body is not valid JSON.");
        }
        if (!(parsed instanceof JsonObject object)) {
            throw ApiError.invalid("The body must be a JSON object.");
        }
        return object;
    }

    private static String strictUtf8(Buffer buffer) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiError.invalid("The body is not valid UTF-8.");
        }
    }
}
