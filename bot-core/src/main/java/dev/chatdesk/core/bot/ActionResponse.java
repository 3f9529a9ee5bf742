package dev.chatdesk.core.bot;

import java.util.List;

/**
 * What the bot says when a flow's HTTP action answers with a given status.
 *
 * @param status the HTTP status it applies to
 * @param text the answer; {@code {slot}}, {@code {variable}} and {@code {response.field}} (a field
 *     of the JSON the API returned, dotted for nested ones) are filled in
 * @param quickReplies buttons offered with it
 */
public record ActionResponse(int status, String text, List<QuickReply> quickReplies) {
    /** Normalises a missing list. */
    public ActionResponse {
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
    }
}
