package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.conversation.Source;
import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.KbResults;
import dev.chatdesk.core.kb.KnowledgeBase;
import java.util.List;
import java.util.Optional;

/**
 * Answers a question the intents do not cover from the help articles: the passage that answers,
 * its article as the message's source (which each channel cites once, with its title). Declines (leaving the turn to the next policy) when nothing relevant is found.
 */
final class KnowledgeBasePolicy implements DialoguePolicy {
    /** Fewer words than this are not a question to search for ("hmm", "ok then"). */
    private static final int MIN_WORDS = 2;

    private final KnowledgeBase knowledgeBase;

    KnowledgeBasePolicy(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        if (turn.isConfident() || Words.count(turn.text()) < MIN_WORDS) {
            return Optional.empty();
        }
        return answer(turn, search(turn));
    }

    /** What the help articles in the conversation's language have for the message (embedded once for the turn). */
    KbResults search(TurnContext turn) {
        return turn.vector() == null ? knowledgeBase.search(turn.text(), turn.bot().language(), 3)
                : knowledgeBase.search(turn.text(), turn.bot().language(), 3, turn.vector());
    }

    /** The answer from the best passage, citing its article; empty when the search found nothing relevant enough. */
    static Optional<Decision> answer(TurnContext turn, KbResults results) {
        if (!results.answerable() || results.hits().isEmpty()) {
            return Optional.empty();
        }
        KbHit best = results.hits().get(0);
        Source source = new Source(best.articleId(), best.title(), best.url());
        return Optional.of(Decision.reply(turn.state().withOffered(List.of()).helped(),
                TurnContext.botMessage(best.passage(), List.of(), List.of(source))));
    }
}
