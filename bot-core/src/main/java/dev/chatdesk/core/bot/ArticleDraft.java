package dev.chatdesk.core.bot;

import dev.chatdesk.core.nlu.Language;
import java.util.List;

/**
 * A help article drafted by an admin for questions the bot could not answer.
 *
 * @param id the article's id ({@code gift-cards})
 * @param language its language
 * @param title its title
 * @param body its text, in Markdown
 * @param questions the customers' questions it is meant to answer
 */
public record ArticleDraft(String id, Language language, String title, String body, List<String> questions) {
    /** Copies the questions. */
    public ArticleDraft {
        questions = List.copyOf(questions);
    }
}
