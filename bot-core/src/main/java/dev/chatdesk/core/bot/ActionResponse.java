package dev.chatdesk.core.bot;

import java.util.List;

/**
 * What the bot says when a flow's HTTP action answers with a given status.
 *
 * @param status the HTTP status it applies to
 * @param text the answer; {@code {slot}}, {@code {variable}} and {@code {response.field}} (a field
 *     of the JSON the API returned, dotted for nested ones) are filled in
 * @param quickReplies buttons offered with it
 * @param askAgain slots whose values the API turned down ("Saturday is fully booked"): the flow
 *     goes on without them (and without its yes/no confirmations), asking for them again after
 *     the text; empty when the status ends the flow
 */
public record ActionResponse(int status, String text, List<QuickReply> quickReplies, List<String> askAgain) {
    /** Normalises missing lists. */
    public ActionResponse {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        askAgain = askAgain == null ? List.of() : List.copyOf(askAgain);
    }
}
