package dev.chatdesk.core.dialogue;

import java.io.IOException;
import java.util.Map;

/** Makes the HTTP calls of flow actions. Implementations are thread-safe; calls block. */
public interface ActionClient {
    /**
     * Sends a request and reads the answer.
     *
     * @param body the JSON object to send (empty for none)
     * @throws IOException when the service cannot be reached or does not answer in time
     */
    ActionResult call(String method, String url, Map<String, String> headers, Map<String, String> body) throws IOException;

    /**
     * What a service answered.
     *
     * @param status the HTTP status
     * @param json the JSON object it returned (empty when the body was not a JSON object)
     */
    record ActionResult(int status, Map<String, Object> json) {
        /** Copies the map. */
        public ActionResult {
            json = json == null ? Map.of() : Map.copyOf(json);
        }
    }
}
