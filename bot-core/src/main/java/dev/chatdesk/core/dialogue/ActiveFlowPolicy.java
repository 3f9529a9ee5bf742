package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.BotDefinition;
import dev.chatdesk.core.bot.FlowDefinition;
import dev.chatdesk.core.bot.SlotType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Continues the flow under way with the customer's answer. A customer who clearly asks for
 * something else, or says stop, leaves the flow and the other policies take the message.
 */
final class ActiveFlowPolicy implements DialoguePolicy {
    private static final Set<String> STOP_WORDS = Set.of("stop", "cancel", "never mind", "nevermind", "forget it", "quit", "exit");
    private static final Set<String> ANSWER_INTENTS = Set.of(BotDefinition.AFFIRM, BotDefinition.DENY);

    private final FlowRunner runner;

    ActiveFlowPolicy(FlowRunner runner) {
        this.runner = runner;
    }

    @Override
    public Optional<Decision> decide(TurnContext turn) {
        ActiveFlow active = turn.state().flow();
        if (active == null) {
            return Optional.empty();
        }
        Optional<FlowDefinition> flow = turn.bot().flow(active.name());
        if (flow.isEmpty() || active.slotIndex() >= flow.get().slots().size()) {
            return Optional.empty();
        }
        if (STOP_WORDS.contains(YesNo.normalise(turn.text()))) {
            return Optional.of(Decision.reply(turn.state().withFlow(null).helped(),
                    TurnContext.botMessage("Okay, I've stopped that. What else can I help you with?", List.of(), List.of())));
        }
        if (turn.isConfident(BotDefinition.HUMAN_HANDOFF)) {
            // Even a free-text slot must not swallow a request for a person.
            return Optional.empty();
        }
        var slot = flow.get().slots().get(active.slotIndex());
        boolean answers = SlotReader.read(slot, turn).value().isPresent() || slot.type() == SlotType.YES_NO;
        if (!answers && turn.isConfident() && !ANSWER_INTENTS.contains(turn.intent().name())
                && !turn.intent().name().equals(flow.get().trigger())) {
            return Optional.empty();
        }
        return Optional.of(runner.answer(turn, flow.get(), active));
    }
}
