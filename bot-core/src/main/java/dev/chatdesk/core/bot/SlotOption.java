package dev.chatdesk.core.bot;

import java.util.List;

/**
 * One answer a choice slot offers.
 *
 * @param title the button's text
 * @param value the value stored when it is chosen
 * @param synonyms other words customers use for it ("all", "the whole order" for "everything")
 */
public record SlotOption(String title, String value, List<String> synonyms) {
    /** Normalises a missing value (the title) and a missing list. */
    public SlotOption {
        value = value == null || value.isBlank() ? title : value;
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    /** An option with no synonyms. */
    public SlotOption(String title, String value) {
        this(title, value, List.of());
    }
}
