package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.FlowDefinition;
import dev.chatdesk.core.conversation.NewMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Continues the flow under way with the customer's message. A message that gives the flow nothing
 * but asks something else (a question, or another intent the model is sure of) is an
 * interruption, as in Rasa's forms: it is answered, and the flow asks its question again. A
 * request for a person or another flow's task replaces the flow ({@link LeaveFlowPolicy} handles "stop").
 */
final class ActiveFlowPolicy implements DialoguePolicy {
    private static final Set<String> ANSWER_INTENTS = Set.of(BotDefinition.AFFIRM, BotDefinition.DENY, BotDefinition.OUT_OF_SCOPE);

    private final FlowRunner runner;
    private final IntentPolicy intents;
    private final KnowledgeBasePolicy articles;

    /** Continues flows with the runner; an interruption is answered by an intent or a help article. */
    ActiveFlowPolicy(FlowRunner runner, IntentPolicy intents, KnowledgeBasePolicy articles) {
        this.runner = runner;
        this.intents = intents;
        this.articles = articles;
    }

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        ActiveFlow active = turn.state().flow();
        if (active == null) {
            return Optional.empty();
        }
        Optional<FlowDefinition> flow = turn.bot().flow(active.name());
        if (flow.isEmpty() || active.pending(flow.get()).isEmpty()) {
            return Optional.empty();
        }
        if (turn.isConfident(BotDefinition.HUMAN_HANDOFF)) {
            return Optional.empty();
        }
        boolean freeText = runner.takesAnyText(turn, flow.get(), active);
        if (runner.isAnswer(turn, flow.get(), active)) {
            return Optional.of(runner.answer(turn, flow.get(), active));
        }
        if (!runner.looksLikeAnAttempt(turn, flow.get(), active) && isInterruption(turn, flow.get())) {
            Optional<Decision> answered = answerInterruption(turn, flow.get(), active);
            if (answered.isPresent()) {
                return answered;
            }
            if (freeText) {
                return Optional.of(Decision.reply(turn.state(), TurnContext.botMessage(
                        turn.phrases().noAnswer(), List.of(), List.of()), runner.askAgain(turn, flow.get(), active)));
            }
        }
        return Optional.of(runner.answer(turn, flow.get(), active));
    }

    /** A question, or another intent of the bot the model is sure of (a new task). */
    private static boolean isInterruption(TurnContext turn, FlowDefinition flow) {
        boolean otherIntent = turn.isConfident() && !ANSWER_INTENTS.contains(turn.intent().name())
                && !turn.intent().name().equals(flow.trigger());
        return otherIntent || turn.isQuestion();
    }

    /**
     * The answer to the interruption, followed by the flow's question again. Another intent's
     * task (another flow) or a hand-over ends this flow instead, unless the message is a question
     * a help article answers ("how long does the refund take?" while a return waits for the item).
     */
    private Optional<Decision> answerInterruption(TurnContext turn, FlowDefinition flow, ActiveFlow active) {
        Optional<Decision> byIntent = intents.decide(turn);
        if (byIntent.isPresent() && (byIntent.get().escalation() != null || !turn.isQuestion()
                || active.equals(byIntent.get().state().flow()))) {
            return byIntent.map(d -> d.escalation() == null && active.equals(d.state().flow()) ? askingAgain(turn, flow, active, d) : d);
        }
        Optional<Decision> byArticle = KnowledgeBasePolicy.answer(turn, articles.search(turn));
        return byArticle.map(d -> askingAgain(turn, flow, active, d)).or(() -> byIntent);
    }

    private Decision askingAgain(TurnContext turn, FlowDefinition flow, ActiveFlow active, Decision answer) {
        List<NewMessage> replies = new ArrayList<>(answer.replies());
        replies.add(runner.askAgain(turn, flow, active));
        return new Decision(replies, answer.state(), null);
    }
}
