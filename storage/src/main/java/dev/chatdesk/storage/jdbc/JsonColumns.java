package dev.chatdesk.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.SentimentPoint;
import dev.chatdesk.core.conversation.Source;
import java.util.List;

/** Lists kept as JSON text in one column; an empty list is stored as NULL. */
final class JsonColumns {
    private static final TypeReference<List<QuickReply>> QUICK_REPLIES = new TypeReference<>() {};
    private static final TypeReference<List<Source>> SOURCES = new TypeReference<>() {};
    private static final TypeReference<List<SentimentPoint>> TREND = new TypeReference<>() {};
    // Tolerates fields a later version adds, so an older build can still read the file.
    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonColumns() {}

    /** The JSON text of a list, or null for an empty one. */
    static String write(List<?> values) {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store as JSON: " + values, e);
        }
    }

    /** Quick replies read back from their column. */
    static List<QuickReply> quickReplies(String json) {
        return read(json, QUICK_REPLIES);
    }

    /** Sources read back from their column. */
    static List<Source> sources(String json) {
        return read(json, SOURCES);
    }

    /** A sentiment trend read back from its column. */
    static List<SentimentPoint> trend(String json) {
        return read(json, TREND);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not a list of the expected kind: " + e.getMessage(), e);
        }
    }
}
