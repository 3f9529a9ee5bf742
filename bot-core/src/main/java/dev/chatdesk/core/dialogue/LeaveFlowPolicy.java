package dev.chatdesk.core.dialogue;

import dev.chatdesk.core.bot.SlotType;
import java.util.List;
import java.util.Optional;

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
        if (awaitsYesOrNo(turn) && YesNo.read(turn) == YesNo.NO) {
            // "不用了" answers "shall I cancel it?": the flow's own answer to a no says what was left undone
            return Optional.empty();
        }
        return Optional.of(Decision.reply(turn.state().withFlow(null).helped(),
                TurnContext.botMessage(phrases.stopped(), List.of(), List.of())));
    }

    private static boolean awaitsYesOrNo(TurnContext turn) {
        return turn.bot().flow(turn.state().flow().name())
                .flatMap(flow -> turn.state().flow().pending(flow))
                .map(slot -> slot.type() == SlotType.YES_NO)
                .orElse(false);
    }
}
