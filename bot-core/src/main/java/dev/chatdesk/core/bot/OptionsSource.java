package dev.chatdesk.core.bot;

import java.util.List;

/**
 * Where a choice slot gets its options at run time: a GET to the business's API made once the
 * slots its URL names are filled (the items of the order the customer gave, say).
 *
 * @param url the address; {@code {slot}} and {@code {variable}} are filled in as in actions
 * @param list the field of the JSON answer that holds the array of options ({@code items})
 * @param title the field of each element shown on its button and matched against the customer's words
 * @param details fields added to the title in brackets where an element has them ({@code [colour, size]}:
 *     "Ridgeline Hiking Pants (Olive, 34/32)"), so that items of one name are told apart
 * @param value the field of each element stored as the slot's value (absent: the title with its details)
 * @param notFound what the bot says when the API answers 404, instead of its next question (so it
 *     asks for the number again itself); the slots the URL names are cleared
 */
public record OptionsSource(String url, String list, String title, List<String> details, String value, String notFound) {
    /** Fills defaults. */
    public OptionsSource {
        list = list == null || list.isBlank() ? "items" : list;
        title = title == null || title.isBlank() ? "name" : title;
        details = details == null ? List.of() : List.copyOf(details);
        value = value == null || value.isBlank() ? null : value;
        notFound = notFound == null ? "" : notFound;
    }
}
