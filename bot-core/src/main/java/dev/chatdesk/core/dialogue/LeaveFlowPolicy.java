package dev.chatdesk.core.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves the flow under way when the customer says so ("stop", "never mind, it just arrived").
 * Asked before anything else: a curt "stop" reads as angry to the model, but it only means stop.
 */
final class LeaveFlowPolicy implements DialoguePolicy {
    @Override
    public Optional<Decision> decide(TurnContext turn) {
        if (turn.state().flow() == null) {
            return Optional.empty();
        }
        String said = YesNo.normalise(turn.text());
        Phrases phrases = turn.phrases();
        if (!phrases.stopWords().contains(said) && !phrases.leaving().matcher(said).find()) {
            return Optional.empty();
        }
        return Optional.of(Decision.reply(turn.state().withFlow(null).helped(),
                TurnContext.botMessage(phrases.stopped(), List.of(), List.of())));
    }
}
