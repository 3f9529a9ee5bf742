package dev.chatdesk.core.service;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.BotLanguages;
import dev.chatdesk.core.bot.BotResponse;
import dev.chatdesk.core.conversation.Message;
import dev.chatdesk.core.conversation.MessageNlu;
import dev.chatdesk.core.dialogue.ConversationSummary;
import dev.chatdesk.core.kb.KbHit;
import dev.chatdesk.core.kb.KnowledgeBase;
import dev.chatdesk.core.nlu.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agent assist: for what a conversation is about, the knowledge-base articles that fit
 * it and replies an agent can send with one click (the bot's own answers to the intent the model
 * read, and an answer that points to the best article). Blocks (it searches the index).
 */
public final class AgentAssist {
    private static final int ARTICLES = 3;
    private static final int REPLIES = 3;

    private final BotLanguages bots;
    private final KnowledgeBase knowledgeBase;

    /** Suggestions from the bot's intents (in the customer's language) and the knowledge base. */
    public AgentAssist(BotLanguages bots, KnowledgeBase knowledgeBase) {
        this.bots = bots;
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * What to suggest for the conversation's topic: its latest customer message that says what
     * they want, not what they feel (nothing when the customer has not written yet).
     */
    public Suggestions suggest(List<Message> messages) {
        Optional<Message> question = ConversationSummary.topicMessage(messages);
        if (question.isEmpty()) {
            return new Suggestions(List.of(), List.of());
        }
        Language language = question.get().language();
        List<KbHit> articles = knowledgeBase.search(question.get().text(), language, ARTICLES).hits();
        Set<String> replies = new LinkedHashSet<>(intentAnswers(bots.in(language), question.get().nlu()));
        articles.stream().findFirst().ifPresent(best -> replies.add(language == Language.ZH
                ? "这篇帮助文章应该能帮到您：《" + best.title() + "》" + best.url()
                : "This article should help: \"" + best.title() + "\" " + best.url()));
        return new Suggestions(articles, replies.stream().limit(REPLIES).toList());
    }

    /**
     * The bot's answers to the intent the model read, when it was at least sure enough to offer it
     * as a choice, and the intent neither starts a flow nor asks for a person.
     */
    private static List<String> intentAnswers(BotDefinition bot, MessageNlu nlu) {
        if (nlu == null || nlu.outOfScope() || nlu.confidence() < bot.settings().thresholds().clarifyConfidence()
                || BotDefinition.HUMAN_HANDOFF.equals(nlu.intent())
                || bot.flowStartedBy(nlu.intent()).isPresent()) {
            return List.of();
        }
        List<String> answers = new ArrayList<>();
        bot.intent(nlu.intent()).ifPresent(intent -> intent.responses().stream().map(BotResponse::text).forEach(answers::add));
        return answers;
    }

    /**
     * What agent assist offers.
     *
     * @param articles knowledge-base passages that fit the question, best first
     * @param replies whole replies to insert, best first
     */
    public record Suggestions(List<KbHit> articles, List<String> replies) {
        /** Copies the lists. */
        public Suggestions {
            articles = List.copyOf(articles);
            replies = List.copyOf(replies);
        }
    }
}
