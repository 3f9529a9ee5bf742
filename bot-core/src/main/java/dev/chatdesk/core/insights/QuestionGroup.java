package dev.chatdesk.core.insights;

import dev.chatdesk.core.nlu.Language;
import java.time.Instant;
import java.util.List;

/**
 * Unanswered questions that mean about the same, the most asked first in a list of groups.
 *
 * @param example the question nearest the group's meaning (its centre)
 * @param language the questions' language
 * @param count how many times it was asked
 * @param lastAt when it was last asked
 * @param conversationIds the conversations it was asked in, most recent first
 * @param questions the different wordings, most recent first
 */
public record QuestionGroup(String example, Language language, int count, Instant lastAt, List<String> conversationIds,
        List<String> questions) {
    /** Copies the lists. */
    public QuestionGroup {
        conversationIds = List.copyOf(conversationIds);
        questions = List.copyOf(questions);
    }
}
