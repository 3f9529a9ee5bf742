package dev.chatdesk.core.bot;

import dev.chatdesk.core.nlu.Language;
import java.util.List;

/**
 * A new intent, or more examples for one, drafted by an admin from customers' questions.
 *
 * @param name the intent's name ({@code gift_cards}); an existing intent's to add examples to it
 * @param language the language of the examples and the answer
 * @param title how the intent is offered on a button (a new intent's; may be null)
 * @param examples the customers' questions that express it
 * @param answer what the bot should answer (a new intent's; may be null for an existing one)
 */
public record IntentDraft(String name, Language language, String title, List<String> examples, String answer) {
    /** Copies the examples. */
    public IntentDraft {
        examples = List.copyOf(examples);
    }
}
