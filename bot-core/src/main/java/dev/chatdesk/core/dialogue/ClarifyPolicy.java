package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.QuickReply;
import dev.chatdesk.core.nlu.IntentScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Asks which intent was meant when the model is unsure, offering the likeliest ones as buttons. */
final class ClarifyPolicy implements DialoguePolicy {
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
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        List<QuickReply> buttons = new ArrayList<>();
        for (String intent : offered) {
            buttons.add(new QuickReply(turn.bot().intent(intent).orElseThrow().title(), "/" + intent));
        }
        buttons.add(new QuickReply("None of these", "no"));
        return Optional.of(Decision.reply(turn.state().withOffered(offered),
                TurnContext.botMessage(turn.settings().clarify(), buttons, List.of())));
    }
}
