package dev.chatdesk.core.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Turns a dialogue state into the text a conversation store keeps, and back. */
public final class DialogueStateCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DialogueStateCodec() {}

    /** The state as JSON. */
    public static String encode(DialogueState state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state a store kept; the initial state for null (a conversation without turns yet). */
    public static DialogueState decode(String json) {
        if (json == null || json.isBlank()) {
            return DialogueState.INITIAL;
        }
        try {
            return JSON.readValue(json, DialogueState.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
