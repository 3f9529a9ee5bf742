package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.EscalationRule;
import dev.chatdesk.core.bot.IntentDefinition;
import dev.chatdesk.core.conversation.EscalationReason;
import java.util.List;
import java.util.Optional;

/**
 * Answers a confident intent: a request for a person or an escalation rule goes to a human, an
 * intent that starts a flow starts it, any other gets one of its responses.
 */
final class IntentPolicy implements DialoguePolicy {
    private final FlowRunner flows;

    IntentPolicy(FlowRunner flows) {
        this.flows = flows;
    }

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        if (!turn.isConfident()) {
            return Optional.empty();
        }
        return answer(turn, turn.intent().name());
    }

    /** The answer to an intent the customer expressed or chose. */
    Optional<Decision> answer(TurnContext turn, String intentName) {
        DialogueState state = turn.state().withOffered(List.of());
        if (intentName.equals(BotDefinition.HUMAN_HANDOFF)) {
            return Optional.of(Decision.escalate(state.withFlow(null),
                    new EscalationRequest(EscalationReason.REQUESTED, "the customer asked for a person")));
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
        return Optional.of(Decision.reply(state.helped(), turn.say(intent.get().responses())));
    }
}
