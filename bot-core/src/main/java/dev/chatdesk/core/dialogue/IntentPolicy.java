package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.EscalationRule;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.conversation.EscalationReason;
import dev.chatdesk.core.kb.KbResults;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a confident intent: a request for a person or an escalation rule goes to a human, an
 * intent that starts a flow starts it, any other gets the response that fits the message best,
 * or a help article's passage when the question is one the article answers better than the
 * intent's general text ("do you have a student discount?" under an intent about discount codes).
 * A request for a person read under the confidence threshold still reaches one when it names a
 * person ("honestly I'd rather just talk to a human"): being asked "did you mean...?" then is
 * one more obstacle for a customer who already said what they want.
 */
final class IntentPolicy implements DialoguePolicy {
    /**
     * An article answers instead of the intent when the intent's best response fits the question
     * poorly (its cosine with the message under {@link #WELL_FITTING}) and the article is this
     * much closer to it (the knowledge base's confidence: a cosine plus a little lexical support).
     * Both were chosen on the demo bot's own data, its intents' question-form examples (which their
     * intent answers) against the knowledge base's calibration questions (which an article
     * answers): balanced accuracy 0.708 (intent kept for 85% of the first, article for 57% of the
     * second), within 0.011 of the best setting, which kept the intent's answer for only 70%.
     */
    static final double ARTICLE_MARGIN = 0.1;
    /** A response at least this close in meaning to the question answers it well enough. */
    static final double WELL_FITTING = 0.5;
    /** Words of a hand-over button's title that do not name the person ("Talk to a mechanic"). */
    private static final Set<String> NOT_A_PERSON = Set.of("talk", "speak", "chat", "with", "call", "someone", "real");
    /** Questions shorter than this are general enough for the intent's own answer. */
    private static final int ARTICLE_MIN_WORDS = 4;

    private final FlowRunner flows;
    private final KnowledgeBasePolicy articles;

    IntentPolicy(FlowRunner flows, KnowledgeBasePolicy articles) {
        this.flows = flows;
        this.articles = articles;
    }

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        if (!turn.isConfident()) {
            return asksForAPerson(turn) ? answer(turn, BotDefinition.HUMAN_HANDOFF) : Optional.empty();
        }
        return answer(turn, turn.intent().name());
    }

    /**
     * The likeliest reading is a request for a person (likely enough to offer) and the message names
     * one: a word for a person, or the one the bot's hand-over button uses, singular or plural.
     */
    private static boolean asksForAPerson(TurnContext turn) {
        if (!turn.intent().name().equals(BotDefinition.HUMAN_HANDOFF)
                || turn.intent().confidence() < turn.settings().thresholds().clarifyConfidence()) {
            return false;
        }
        Set<String> people = new HashSet<>(turn.phrases().people());
        turn.bot().intent(BotDefinition.HUMAN_HANDOFF).ifPresent(handoff -> words(handoff.title()).stream()
                .filter(w -> w.length() > 3 && !NOT_A_PERSON.contains(w))
                .forEach(people::add));
        String said = YesNo.normalise(turn.text());
        return people.stream().anyMatch(p -> Words.containsPhrase(said, p) || Words.containsPhrase(said, p + "s"));
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    }

    /** The answer to an intent the customer expressed or chose. */
    Optional<Decision> answer(TurnContext turn, String intentName) {
        DialogueState state = turn.state().withOffered(List.of());
        if (intentName.equals(BotDefinition.HUMAN_HANDOFF)) {
            return Optional.of(Decision.escalate(state.withFlow(null),
                    new EscalationRequest(EscalationReason.REQUESTED, turn.phrases().askedForPerson())));
        }
        for (EscalationRule rule : turn.settings().escalation().rules()) {
            if (rule.intent().equals(intentName)) {
                return Optional.of(Decision.escalate(state.withFlow(null),
                        new EscalationRequest(EscalationReason.RULE, rule.name())));
            }
        }
        var flow = turn.bot().flowStartedBy(intentName);
        if (flow.isPresent()) {
            return Optional.of(flows.start(turn.withState(state), flow.get()));
        }
        Optional<IntentDefinition> intent = turn.bot().intent(intentName);
        if (intent.isEmpty() || intent.get().responses().isEmpty()) {
            return Optional.empty();
        }
        TurnContext settled = turn.withState(state);
        ResponseChooser.Chosen chosen = turn.choose(intent.get().responses());
        if (turn.isQuestion() && Words.count(turn.text()) >= ARTICLE_MIN_WORDS && chosen.fit() < WELL_FITTING) {
            KbResults found = articles.search(settled);
            if (found.confidence() >= chosen.fit() + ARTICLE_MARGIN) {
                Optional<Decision> article = KnowledgeBasePolicy.answer(settled, found);
                if (article.isPresent()) {
                    return article;
                }
            }
        }
        return Optional.of(Decision.reply(state.helped(), TurnContext.say(chosen.response())));
    }
}
