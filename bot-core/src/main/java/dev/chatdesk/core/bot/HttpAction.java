package dev.chatdesk.core.bot;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP call a flow makes once its slots are filled, and what the bot says for each answer.
 *
 * @param method GET, POST, PUT or DELETE
 * @param url the address; {@code {slot}} and {@code {variable}} are filled in (URL-encoded)
 * @param headers request headers (values filled in like the URL)
 * @param body for POST and PUT, the JSON object sent (values filled in like texts)
 * @param responses what to say for each status (and values of the answer), the first that applies
 * @param error what to say when the call fails or answers with a status not listed
 */
public record HttpAction(
        String method,
        String url,
        Map<String, String> headers,
        Map<String, String> body,
        List<ActionResponse> responses,
        String error) {
    /** Fills defaults. */
    public HttpAction {
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? Map.of() : Map.copyOf(body);
        responses = responses == null ? List.of() : List.copyOf(responses);
        error = error == null || error.isBlank()
                ? "Sorry, I can't reach the system that knows this right now. Please try again in a few minutes."
                : error;
    }

    /** The first response listed that applies to an answer with this status and JSON, if one does. */
    public Optional<ActionResponse> responseFor(int status, Map<String, ?> json) {
        return responses.stream().filter(r -> r.appliesTo(status, json)).findFirst();
    }
}
