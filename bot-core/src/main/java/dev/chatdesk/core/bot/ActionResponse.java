package dev.chatdesk.core.bot;

import java.util.List;
import java.util.Map;

/**
 * What the bot says when a flow's HTTP action answers with a given status (and, when it has a
 * {@code when}, answers with these values): so that an order on its way and a delivered one get
 * the buttons that fit them.
 *
 * @param status the HTTP status it applies to
 * @param when fields of the JSON answer (dotted for nested ones) and the values, one of which each
 *     must have for this response to apply ({@code {status: [delivered]}}); empty: any answer
 * @param text the answer; {@code {slot}}, {@code {variable}} and {@code {response.field}} (a field
 *     of the JSON the API returned, dotted for nested ones) are filled in
 * @param quickReplies buttons offered with it
 * @param askAgain slots whose values the API turned down ("Saturday is fully booked"): the flow
 *     goes on without them (and without its yes/no confirmations), asking for them again after
 *     the text; empty when the status ends the flow
 */
public record ActionResponse(int status, Map<String, List<String>> when, String text, List<QuickReply> quickReplies,
        List<String> askAgain) {
    /** Normalises missing lists and conditions. */
    public ActionResponse {
        when = when == null ? Map.of() : Map.copyOf(when);
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        askAgain = askAgain == null ? List.of() : List.copyOf(askAgain);
    }

    /** Whether it applies to an answer with this status and JSON. */
    public boolean appliesTo(int answeredStatus, Map<String, ?> json) {
        return status == answeredStatus && when.entrySet().stream().allMatch(condition -> {
            Object value = JsonPaths.lookup(json, condition.getKey());
            return value != null && condition.getValue().contains(String.valueOf(value));
        });
    }
}
