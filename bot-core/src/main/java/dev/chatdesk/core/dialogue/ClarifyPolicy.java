package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.conversation.BotAction;
import dev.chatdesk.core.nlu.IntentScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks which intent was meant when the model is unsure, offering the likeliest ones as buttons.
 * Before the knowledge base it asks only when the message is torn between two of the bot's
 * intents (the customer surely means one of them); after it, whenever the best intent is likely
 * enough to offer. A single intent is offered ("Do you mean ...?") only when the message is clearly
 * less likely to be out of the bot's scope; otherwise the fallback says what the bot cannot do.
 */
final class ClarifyPolicy implements DialoguePolicy {
    private final boolean onlyWhenTorn;

    private ClarifyPolicy(boolean onlyWhenTorn) {
        this.onlyWhenTorn = onlyWhenTorn;
    }

    /** Asks when two of the bot's intents share most of the model's confidence. */
    static ClarifyPolicy whenTornBetweenIntents() {
        return new ClarifyPolicy(true);
    }

    /** Asks whenever the best intent reaches the clarification threshold. */
    static ClarifyPolicy whenUnsure() {
        return new ClarifyPolicy(false);
    }

    private static final int MAX_OFFERS = 3;
    /** Intents not worth offering as an interpretation of a question. */
    private static final Set<String> NOT_OFFERED = Set.of(BotDefinition.OUT_OF_SCOPE, BotDefinition.AFFIRM, BotDefinition.DENY);

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        double floor = turn.settings().thresholds().clarifyConfidence();
        if (turn.intent().name().equals(BotDefinition.OUT_OF_SCOPE) || turn.intent().confidence() < floor) {
            return Optional.empty();
        }
        List<String> offered = new ArrayList<>();
        for (IntentScore candidate : turn.nlu().ranking()) {
            boolean likely = candidate.confidence() >= floor / 2;
            if (offered.size() < MAX_OFFERS && likely && !NOT_OFFERED.contains(candidate.name())
                    && turn.bot().intent(candidate.name()).isPresent()) {
                offered.add(candidate.name());
            }
        }
        if (offered.isEmpty() || (onlyWhenTorn && !isTorn(turn, offered)) || mayBeOutOfScope(turn, offered)) {
            return Optional.empty();
        }
        List<QuickReply> buttons = new ArrayList<>();
        for (String intent : offered) {
            buttons.add(new QuickReply(turn.bot().intent(intent).orElseThrow().title(), "/" + intent));
        }
        buttons.add(new QuickReply(turn.phrases().noneOfThese(), "no"));
        // one offer is a yes-or-no question, not "which of these"
        String question = offered.size() == 1 ? turn.phrases().didYouMean().formatted(buttons.get(0).title()) : turn.settings().clarify();
        return Optional.of(Decision.reply(turn.state().clarifying(offered, turn.text()),
                TurnContext.botMessage(question, buttons, List.of())).as(BotAction.CLARIFIED));
    }

    /** The two likeliest intents together reach the answering threshold, and the second is at least half the first. */
    private static boolean isTorn(TurnContext turn, List<String> offered) {
        if (offered.size() < 2 || !offered.get(0).equals(turn.intent().name())) {
            return false;
        }
        double first = confidence(turn, offered.get(0));
        double second = confidence(turn, offered.get(1));
        return second >= first / 2 && first + second >= turn.settings().thresholds().intentConfidence();
    }

    /**
     * One intent would be offered, and out-of-scope is at least half as likely: it would have been
     * offered too were it an intent, and a yes-or-no question about one intent would be a coin toss
     * ("any good lunch spots near the workshop?" read as booking a service 0.39, out of scope 0.31).
     */
    private static boolean mayBeOutOfScope(TurnContext turn, List<String> offered) {
        return offered.size() == 1
                && confidence(turn, BotDefinition.OUT_OF_SCOPE) >= confidence(turn, offered.get(0)) / 2;
    }

    private static double confidence(TurnContext turn, String intent) {
        return turn.nlu().ranking().stream().filter(i -> i.name().equals(intent)).mapToDouble(IntentScore::confidence).findFirst().orElse(0);
    }
}
